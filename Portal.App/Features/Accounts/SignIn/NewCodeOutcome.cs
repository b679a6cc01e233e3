namespace Portal.App.Features.Accounts.SignIn;

public enum NewCodeOutcome
{
    Sent,

    /// <summary>Asked again within <see cref="SignInOptions.NewCodeInterval"/>: the previous code still works.</summary>
    TooSoon,

    /// <summary>This sign-in has had <see cref="SignInOptions.MaxCodesPerSignIn"/> codes.</summary>
    LimitReached,

    Ended,
}
