namespace Portal.App.Features.Accounts.SignIn;

/// <summary>What asking for an emailed code (a first one, or a new one) did.</summary>
public abstract record NewCodeResult
{
    private NewCodeResult() { }

    public sealed record Sent : NewCodeResult;

    /// <summary>Asked again within <see cref="SignInOptions.NewCodeInterval"/>: the previous code still works.</summary>
    public sealed record TooSoon : NewCodeResult;

    /// <summary>This sign-in has had <see cref="SignInOptions.MaxCodesPerSignIn"/> codes.</summary>
    public sealed record LimitReached : NewCodeResult;

    /// <summary>No open sign-in, or the account may not have codes emailed.</summary>
    public sealed record Ended : NewCodeResult;
}
