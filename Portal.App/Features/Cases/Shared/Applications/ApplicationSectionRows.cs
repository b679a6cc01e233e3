using Portal.App.Features.Cases.Shared.Forms;

namespace Portal.App.Features.Cases.Shared.Applications;

/// <summary>One section of an application as "Check your answers", the PDF and the caseworker show it.</summary>
public sealed record ApplicationSectionRows(string Heading, IReadOnlyList<FormRow> Rows);
