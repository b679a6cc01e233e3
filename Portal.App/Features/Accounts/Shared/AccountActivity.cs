namespace Portal.App.Features.Accounts.Shared;

/// <summary>
/// The audit of a parent's own changes: what kind of change, when, and from which address. It never holds the new
/// details (an address, a PIN, an email): those live, protected, where the change itself does.
/// </summary>
public sealed class AccountActivity
{
    private AccountActivity()
    {
        UserId = string.Empty;
    }

    public AccountActivity(string userId, AccountActivityKind kind, DateTimeOffset occurredAt, string? clientAddress)
    {
        UserId = userId;
        Kind = kind;
        OccurredAt = occurredAt;
        ClientAddress = clientAddress;
    }

    public long Id { get; private set; }
    public string UserId { get; private set; }
    public AccountActivityKind Kind { get; private set; }
    public DateTimeOffset OccurredAt { get; private set; }

    /// <summary>The client's IP address as the portal saw it (behind the configured proxies), when known.</summary>
    public string? ClientAddress { get; private set; }
}
