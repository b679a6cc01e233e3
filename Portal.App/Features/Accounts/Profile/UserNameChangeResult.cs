using Portal.Domain.Accounts;

namespace Portal.App.Features.Accounts.Profile;

/// <summary>What changing the username did.</summary>
public abstract record UserNameChangeResult
{
    private UserNameChangeResult() { }

    public sealed record Changed : UserNameChangeResult;

    /// <summary>It breaks the registration's rules (<see cref="AccountNames.CheckUserName"/>).</summary>
    public sealed record NotAcceptable(UserNameProblem Problem) : UserNameChangeResult;

    public sealed record Taken : UserNameChangeResult;

    public sealed record Unchanged : UserNameChangeResult;

    public sealed record SessionEnded : UserNameChangeResult;
}
