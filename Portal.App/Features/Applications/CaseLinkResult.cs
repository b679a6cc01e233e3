using Portal.Domain.Cases;

namespace Portal.App.Features.Applications;

/// <summary>What linking their own case answers an applicant.</summary>
public abstract record CaseLinkResult
{
    private CaseLinkResult() { }

    public sealed record Linked(CaseNumber CaseNumber) : CaseLinkResult;

    /// <summary>The one answer for every failed match, whatever the reason (as in registration).</summary>
    public sealed record NoMatch : CaseLinkResult;

    /// <summary>Every detail matches a non-IV-D case: the Clerk of Court serves it.</summary>
    public sealed record ClerkOfCourt : CaseLinkResult;

    /// <summary>Not an applicant, or a submitted application is still open (the caseworker links the case then).</summary>
    public sealed record NotAvailable : CaseLinkResult;
}
