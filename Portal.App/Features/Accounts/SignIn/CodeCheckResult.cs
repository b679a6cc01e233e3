using Portal.App.Infrastructure.Identity;

namespace Portal.App.Features.Accounts.SignIn;

/// <summary>What a code of the second step (emailed, or from the authenticator app) did.</summary>
public abstract record CodeCheckResult
{
    private CodeCheckResult() { }

    /// <summary>The code was right: the account to sign in, and the local page it was heading for.</summary>
    public sealed record SignedIn(PortalUser User, string? ReturnUrl) : CodeCheckResult;

    public sealed record WrongCode : CodeCheckResult;

    public sealed record CodeExpired : CodeCheckResult;

    /// <summary>No open sign-in: finished already (a replayed code), too many wrong codes, left too long, or no cookie.</summary>
    public sealed record Ended : CodeCheckResult;
}
