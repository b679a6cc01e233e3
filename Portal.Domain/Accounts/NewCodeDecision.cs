namespace Portal.Domain.Accounts;

/// <summary>What <see cref="SignInCodeRules.NewCode"/> says of one more code.</summary>
public enum NewCodeDecision
{
    Allowed,

    /// <summary>Asked again within the interval: the previous code still works.</summary>
    TooSoon,

    LimitReached,
}
