namespace Portal.App.Features.Accounts.Profile;

/// <summary>What following the link sent to a new email address did.</summary>
public abstract record EmailConfirmationResult
{
    private EmailConfirmationResult() { }

    /// <summary>The account now signs in and gets mail at this address.</summary>
    public sealed record Changed(string NewEmail) : EmailConfirmationResult;

    /// <summary>Expired, used, superseded by a newer request, not this account's, or never issued: one answer for all.</summary>
    public sealed record NotValid : EmailConfirmationResult;

    /// <summary>Another account took the address since the request: nothing changed.</summary>
    public sealed record Taken : EmailConfirmationResult;

    public sealed record SessionEnded : EmailConfirmationResult;
}
