using System.Globalization;
using Microsoft.Extensions.Localization;
using Portal.Domain.Documents;

namespace Portal.App.Features.Cases.Shared.Documents;

/// <summary>How document lists and upload fields say things, for parents and staff alike.</summary>
public static class DocumentWords
{
    public static string Size(IStringLocalizer<DocumentText> text, long bytes) => bytes >= 1024 * 1024
        ? text["SizeInMegabytes", bytes / (1024.0 * 1024.0)]
        : text["SizeInKilobytes", Math.Max(1, Math.Ceiling(bytes / 1024.0))];

    public static string Type(IStringLocalizer<DocumentText> text, DocumentType type) => text[$"Type_{type}"];

    /// <summary>The status a parent reads: checking for viruses, received, accepted, or not accepted with the reason.</summary>
    public static string Status(IStringLocalizer<DocumentText> text, DocumentSummary document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Scan == DocumentScanStatus.AwaitingScan) return text["Status_AwaitingScan"];
        return document.Review switch
        {
            DocumentReviewStatus.Accepted => text["Status_Accepted"],
            DocumentReviewStatus.NotAccepted when !string.IsNullOrWhiteSpace(document.NotAcceptedReason) => text["Status_NotAcceptedReason", document.NotAcceptedReason],
            DocumentReviewStatus.NotAccepted => text["Status_NotAccepted"],
            _ => text["Status_Received"],
        };
    }

    /// <summary>The message at the file field for a refusal.</summary>
    public static string Problem(IStringLocalizer<DocumentText> text, DocumentProblem problem, long maxFileBytes, string? fileName = null) => problem switch
    {
        DocumentProblem.TooLarge => text["Problem_TooLarge", Size(text, maxFileBytes)],
        DocumentProblem.ContentDoesNotMatchType => text["Problem_ContentDoesNotMatchType", ClaimedKind(fileName)],
        _ => text[$"Problem_{problem}"],
    };

    private static string ClaimedKind(string? fileName)
    {
        var extension = Path.GetExtension(DocumentFileName.Sanitize(fileName)).ToLowerInvariant();
        return DocumentFileKind.Allowed.FirstOrDefault(k => k.Extensions.Contains(extension))?.Name ?? extension.TrimStart('.').ToUpper(CultureInfo.InvariantCulture);
    }
}
