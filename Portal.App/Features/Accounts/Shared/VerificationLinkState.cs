namespace Portal.App.Features.Accounts.Shared;

/// <summary>What a verification link can be when a parent opens it; each but Valid leads to "send me a new link".</summary>
public enum VerificationLinkState
{
    Valid,
    Expired,
    AlreadyUsed,
    Superseded,
    Unknown,
}
