namespace Portal.Domain.Applications;

/// <summary>
/// Where an application stands: a draft until it is signed; then submitted, in review once a caseworker opens it,
/// waiting on the applicant while more information is asked for, and finally accepted (linked to a case) or declined.
/// </summary>
public enum ApplicationStatus
{
    Draft,
    Submitted,
    InReview,
    InformationRequested,
    Accepted,
    Declined,
}
