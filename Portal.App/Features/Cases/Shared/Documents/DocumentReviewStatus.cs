namespace Portal.App.Features.Cases.Shared.Documents;

/// <summary>What staff decided about a document (stored by name).</summary>
public enum DocumentReviewStatus
{
    Received,
    Accepted,
    NotAccepted,
}
