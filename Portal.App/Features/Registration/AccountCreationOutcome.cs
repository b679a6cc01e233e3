namespace Portal.App.Features.Registration;

public abstract record AccountCreationOutcome
{
    private AccountCreationOutcome() { }

    /// <summary>The account exists, unverified; a verification email is on its way.</summary>
    public sealed record Created(string UserId) : AccountCreationOutcome;

    /// <summary>Something the parent can fix on "Your account" (a user name or email already in use, or not allowed).</summary>
    public sealed record Rejected(IReadOnlyList<AccountProblem> Problems) : AccountCreationOutcome;
}
