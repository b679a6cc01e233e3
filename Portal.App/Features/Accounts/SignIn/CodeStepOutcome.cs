namespace Portal.App.Features.Accounts.SignIn;

public enum CodeStepOutcome
{
    SignedIn,
    WrongCode,
    CodeExpired,

    /// <summary>No open sign-in: finished already (a replayed code), too many wrong codes, left too long, or no cookie.</summary>
    Ended,
}
