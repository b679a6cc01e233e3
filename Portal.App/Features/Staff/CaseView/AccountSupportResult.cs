using Portal.App.Features.Staff.Audit;

namespace Portal.App.Features.Staff.CaseView;

/// <summary>What came of a "help a caller" action.</summary>
public enum AccountSupportResult
{
    /// <summary>Done, audited, and the parent emailed a notice.</summary>
    Done,
    PinMatched,
    PinDidNotMatch,
    /// <summary>Too many wrong PINs for this account recently: not checked.</summary>
    PinAttemptsExhausted,
    /// <summary>Not six digits: not checked, not counted.</summary>
    PinNotSixDigits,
    /// <summary>A verification email was sent for this account within the new-link interval (by anyone): nothing sent, audited as refused.</summary>
    TooSoon,
    NoPinOnFile,
    /// <summary>The account is not in the state the action changes (not locked, already verified, already disabled, ...).</summary>
    NotNeeded,
    ReasonMissing,
    /// <summary>No parent account with this id on this case.</summary>
    AccountNotOnCase,
    /// <summary>The account changed at the same moment (Identity's concurrency check): nothing saved, audited or sent.</summary>
    NotSaved,
}
