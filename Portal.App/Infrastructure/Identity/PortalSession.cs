namespace Portal.App.Infrastructure.Identity;

/// <summary>
/// One signed-in browser: the server's record that a session cookie may still be used. The cookie carries a random
/// secret (claim <see cref="PortalClaims.SessionId"/>); only its SHA-256 hash is stored, as the key. Ending the row
/// ends the cookie and every copy of it at the next request, and open pages at the circuit's next re-check.
/// </summary>
public sealed class PortalSession
{
    private PortalSession()
    {
        Id = UserId = string.Empty;
    }

    public PortalSession(string id, string userId, DateTimeOffset signedInAt, DateTimeOffset now, ClientDevice device, string? network)
    {
        Id = id;
        UserId = userId;
        SignedInAt = signedInAt;
        LastSeenAt = now;
        Browser = device.Browser;
        Platform = device.Platform;
        Network = network;
    }

    /// <summary>Hex SHA-256 of the cookie's session secret.</summary>
    public string Id { get; private set; }

    public string UserId { get; private set; }

    /// <summary>When the sign-in began (kept across a renewal after a password change): the 12-hour limit counts from it.</summary>
    public DateTimeOffset SignedInAt { get; private set; }

    /// <summary>The last request seen with this session, written at most every Session:ActivityRecordInterval.</summary>
    public DateTimeOffset LastSeenAt { get; private set; }

    /// <summary>The browser's family from its User-Agent ("Chrome"), or null when not recognised.</summary>
    public string? Browser { get; private set; }

    /// <summary>The operating system from the User-Agent ("Android"), or null when not recognised.</summary>
    public string? Platform { get; private set; }

    /// <summary>The client's network, never its address: an IPv4 /24 or an IPv6 /48 ("203.0.113.0/24").</summary>
    public string? Network { get; private set; }

    /// <summary>When the password was last typed again in this session (for the recent sign-in rule), if ever.</summary>
    public DateTimeOffset? PasswordConfirmedAt { get; private set; }

    public DateTimeOffset? EndedAt { get; private set; }

    public SessionEndReason? EndReason { get; private set; }
}
