namespace Portal.App.Features.Accounts.Registration;

public enum NewLinkResult
{
    /// <summary>A new link was issued and its email queued.</summary>
    Sent,

    /// <summary>A link was sent to this account moments ago; nothing new was sent.</summary>
    TooSoon,

    /// <summary>This link cannot ask for a new one (unknown, or the account is already active).</summary>
    NotAllowed,
}
