namespace Portal.App.Features.Accounts.Registration;

public abstract record AccountCreationResult
{
    private AccountCreationResult() { }

    /// <summary>The account exists, unverified; a verification email is on its way.</summary>
    public sealed record Created(string UserId) : AccountCreationResult;

    /// <summary>
    /// The email address already has an account: nothing was created and its owner was emailed. The page answers
    /// exactly as for <see cref="Created"/>, so it never reveals which addresses have accounts.
    /// </summary>
    public sealed record EmailOwnerNotified : AccountCreationResult;

    /// <summary>Something the parent can fix on "Your account" (a user name already taken or not allowed, an email not valid).</summary>
    public sealed record Rejected(IReadOnlyList<AccountProblem> Problems) : AccountCreationResult;

    /// <summary>This draft or client has had as many "username taken" answers as it may within the window.</summary>
    public sealed record TooManyUserNameChecks : AccountCreationResult;

    /// <summary>This client has started as many applicant accounts as it may within the window: nothing was created.</summary>
    public sealed record TooManySignUps : AccountCreationResult;
}
