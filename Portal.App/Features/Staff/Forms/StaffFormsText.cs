namespace Portal.App.Features.Staff.Forms;

/// <summary>Localizer marker for the caseworkers' forms queue and form page (kinds and statuses come from the shared FormText).</summary>
public sealed class StaffFormsText;
