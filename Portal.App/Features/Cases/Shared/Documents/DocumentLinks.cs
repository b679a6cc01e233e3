namespace Portal.App.Features.Cases.Shared.Documents;

/// <summary>Where a document is downloaded: the parent's route (their own documents) and the staff route (audited). Base-relative.</summary>
public static class DocumentLinks
{
    public const string ParentPattern = "/documents/{id:guid}";
    public const string StaffPattern = "/staff/documents/{id:guid}";

    public static string ForParent(Guid id) => $"documents/{id:D}";

    public static string ForStaff(Guid id) => $"staff/documents/{id:D}";
}
