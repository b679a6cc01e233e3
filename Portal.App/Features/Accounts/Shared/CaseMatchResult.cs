
namespace Portal.App.Features.Accounts.Shared;

/// <summary>The three answers the "Find your case" page can give.</summary>
public abstract record CaseMatchResult
{
    private CaseMatchResult() { }

    public sealed record Matched(MatchedParent Parent) : CaseMatchResult;

    /// <summary>Every detail matches a non-IV-D case: the seed's answer, that the Clerk of Court serves it.</summary>
    public sealed record NonIvDCase : CaseMatchResult;

    public sealed record NoMatch(NoMatchReason Reason) : CaseMatchResult;
}
