
namespace Portal.App.Features.Accounts.Shared;

/// <summary>
/// Why a match failed. Logged and tested, never shown: the page gives every one of these the same message,
/// so it cannot be used to learn whether a case exists, which field was wrong, or who has an account.
/// </summary>
public enum NoMatchReason
{
    /// <summary>No parent on that case has that SSN, date of birth, ZIP and address (or there is no such case).</summary>
    DetailsDoNotMatch,
    CaseClosed,
    AlreadyRegistered,
    RateLimited,
}
