using Portal.App.Features.Cases.Shared.Documents;

namespace Portal.App.Features.Staff.CaseView;

/// <summary>A document on the staff case page: the summary, and who sent it (a parent's person id; null when staff did).</summary>
public sealed record StaffDocumentRow(DocumentSummary Document, string? UploaderPersonId);
