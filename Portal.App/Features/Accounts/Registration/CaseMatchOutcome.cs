using Portal.App.Features.Accounts.Shared;

namespace Portal.App.Features.Accounts.Registration;

/// <summary>The three answers the "Find your case" page can give.</summary>
public abstract record CaseMatchOutcome
{
    private CaseMatchOutcome() { }

    public sealed record Matched(MatchedParent Parent) : CaseMatchOutcome;

    /// <summary>Every detail matches a non-IV-D case: the seed's answer, that the Clerk of Court serves it.</summary>
    public sealed record NonIvDCase : CaseMatchOutcome;

    public sealed record NoMatch(NoMatchReason Reason) : CaseMatchOutcome;
}
