namespace Portal.App.Features.Staff.CaseView;

/// <summary>What became of a staff member's review of a document.</summary>
public enum DocumentReviewResult
{
    Accepted,
    NotAccepted,

    /// <summary>"Not accepted" needs a reason the parent will read.</summary>
    ReasonMissing,
    ReasonTooLong,

    /// <summary>Still in quarantine, or infected: nobody has seen it, so it cannot be reviewed.</summary>
    NotReviewable,

    /// <summary>No such document on this case.</summary>
    NotFound,
}
