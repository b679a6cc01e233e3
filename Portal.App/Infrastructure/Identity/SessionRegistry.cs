using System.Collections.Concurrent;
using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.App.Infrastructure.Data;

namespace Portal.App.Infrastructure.Identity;

/// <summary>
/// The server's list of signed-in sessions (<see cref="PortalSession"/>): started at sign-in, checked on every cookie
/// request and at each circuit re-check, ended by sign-out (that one), or by a password reset, a lockout or disabled
/// access (all of the account's).
/// </summary>
/// <remarks>
/// The hot path: every request that carries the cookie (pages, downloads, the keep-alive, static files) asks
/// <see cref="IsActiveAsync"/>. A "still active" answer is remembered for Session:ActiveCheckCacheTime (10 s), so a
/// page load and its assets cost one primary-key read; every ending made by this process forgets the answers for
/// that session or account at once, so only an ending made by another instance can take up to that long to reach
/// this one. Circuits re-check without the cache. "Last seen" is written at most every
/// Session:ActivityRecordInterval per session, not per request.
/// </remarks>
public sealed partial class SessionRegistry(
    IDbContextFactory<PortalDbContext> dbFactory,
    IOptions<PortalSessionOptions> options,
    TimeProvider time,
    ILogger<SessionRegistry> logger)
{
    private const int CacheSweepThreshold = 10_000;

    private readonly ConcurrentDictionary<string, CachedCheck> recentlyActive = new(StringComparer.Ordinal);

    /// <summary>Stores a new session for <paramref name="userId"/> and returns the secret its cookie carries.</summary>
    public async Task<string> StartAsync(string userId, DateTimeOffset signedInAt, string? userAgent, IPAddress? address, CancellationToken cancellationToken = default)
    {
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        // No session outlives the absolute lifetime: older rows are of no use to anyone (an indexed delete).
        var stale = now - options.Value.AbsoluteLifetime - TimeSpan.FromDays(1);
        await db.PortalSessions.Where(s => s.SignedInAt < stale).ExecuteDeleteAsync(cancellationToken);
        db.PortalSessions.Add(new PortalSession(Hash(secret), userId, signedInAt, now, ClientDevice.FromUserAgent(userAgent), NetworkHint.From(address)));
        await db.SaveChangesAsync(cancellationToken);
        return secret;
    }

    /// <summary>
    /// Whether the session <paramref name="principal"/> belongs to is still open: its row exists, belongs to the same
    /// account and has not ended. A principal without a session (a cookie from before sessions were stored) is not.
    /// </summary>
    public async Task<bool> IsActiveAsync(ClaimsPrincipal principal, bool recordActivity, bool useCache, CancellationToken cancellationToken = default)
    {
        if (IdOf(principal) is not { } id || principal.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId) return false;
        var now = time.GetUtcNow();
        if (useCache && recentlyActive.TryGetValue(id, out var cached) && cached.UserId == userId && now < cached.Until) return true;

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var row = await db.PortalSessions.AsNoTracking().Where(s => s.Id == id)
            .Select(s => new { s.UserId, s.EndedAt, s.LastSeenAt }).SingleOrDefaultAsync(cancellationToken);
        if (row is null || row.EndedAt is not null || row.UserId != userId)
        {
            recentlyActive.TryRemove(id, out _);
            return false;
        }
        if (recordActivity && now - row.LastSeenAt >= options.Value.ActivityRecordInterval)
        {
            await db.PortalSessions.Where(s => s.Id == id && s.EndedAt == null).ExecuteUpdateAsync(u => u.SetProperty(s => s.LastSeenAt, now), cancellationToken);
        }
        if (useCache) Remember(id, userId, now);
        return true;
    }

    /// <summary>Ends the session <paramref name="principal"/> belongs to (signing out); nothing when it has none.</summary>
    public async Task EndAsync(ClaimsPrincipal principal, SessionEndReason reason, CancellationToken cancellationToken = default)
    {
        if (IdOf(principal) is not { } id) return;
        recentlyActive.TryRemove(id, out _);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow();
        var ended = await db.PortalSessions.Where(s => s.Id == id && s.EndedAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.EndedAt, now).SetProperty(s => s.EndReason, reason), cancellationToken);
        recentlyActive.TryRemove(id, out _);
        if (ended > 0) LogEnded(reason, 1);
    }

    /// <summary>Ends one of <paramref name="userId"/>'s sessions by its stored id (the owner's "Sign out" beside it); false when it is not theirs or already over.</summary>
    public async Task<bool> EndOneAsync(string userId, string sessionId, CancellationToken cancellationToken = default)
    {
        recentlyActive.TryRemove(sessionId, out _);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow();
        var ended = await db.PortalSessions.Where(s => s.Id == sessionId && s.UserId == userId && s.EndedAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.EndedAt, now).SetProperty(s => s.EndReason, SessionEndReason.SignedOutElsewhere), cancellationToken);
        recentlyActive.TryRemove(sessionId, out _);
        if (ended > 0) LogEnded(SessionEndReason.SignedOutElsewhere, ended);
        return ended > 0;
    }

    /// <summary>
    /// Ends every open session of <paramref name="userId"/> (but <paramref name="except"/>'s, when given) through
    /// <paramref name="db"/>, so the ending joins the caller's transaction when it has one.
    /// </summary>
    public async Task<int> EndAllAsync(PortalDbContext db, string userId, SessionEndReason reason, ClaimsPrincipal? except = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var keep = except is null ? null : IdOf(except);
        Forget(userId);
        var now = time.GetUtcNow();
        var ended = await db.PortalSessions.Where(s => s.UserId == userId && s.EndedAt == null && s.Id != keep)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.EndedAt, now).SetProperty(s => s.EndReason, reason), cancellationToken);
        Forget(userId); // again: a request may have cached "active" while the update ran
        if (ended > 0) LogEnded(reason, ended);
        return ended;
    }

    /// <summary>Forgets every cached "still active" answer for the account (after a caller's transaction that ended its sessions committed).</summary>
    public void Forget(string userId)
    {
        foreach (var (id, check) in recentlyActive)
        {
            if (check.UserId == userId) recentlyActive.TryRemove(id, out _);
        }
    }

    /// <summary>The account's open sessions, most recently seen first; <paramref name="current"/>'s is marked as this device.</summary>
    public async Task<IReadOnlyList<ActiveSession>> ListAsync(string userId, ClaimsPrincipal current, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var now = time.GetUtcNow();
        // A session unseen for longer than the idle timeout (plus the slack of the throttled "last seen") has expired.
        var seenSince = now - settings.IdleTimeout - settings.ActivityRecordInterval;
        var signedInSince = now - settings.AbsoluteLifetime;
        var currentId = IdOf(current);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.PortalSessions.AsNoTracking()
            .Where(s => s.UserId == userId && s.EndedAt == null && s.LastSeenAt > seenSince && s.SignedInAt > signedInSince)
            .OrderByDescending(s => s.LastSeenAt).ToListAsync(cancellationToken);
        return rows.Select(s => new ActiveSession(s.Id, new ClientDevice(s.Browser, s.Platform), s.Network, s.SignedInAt, s.LastSeenAt, s.Id == currentId)).ToList();
    }

    /// <summary>
    /// When the open session <paramref name="principal"/> belongs to signed in, and when its password was last typed
    /// again: what the recent sign-in rule needs. Null when the session is not open (read uncached).
    /// </summary>
    public async Task<SessionPresence?> PresenceAsync(ClaimsPrincipal principal, CancellationToken cancellationToken = default)
    {
        if (IdOf(principal) is not { } id || principal.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId) return null;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.PortalSessions.AsNoTracking().Where(s => s.Id == id && s.UserId == userId && s.EndedAt == null)
            .Select(s => new SessionPresence(s.SignedInAt, s.PasswordConfirmedAt)).SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>Records that the password was just typed again in <paramref name="principal"/>'s session; false when it is not open.</summary>
    public async Task<bool> RecordPasswordConfirmedAsync(ClaimsPrincipal principal, CancellationToken cancellationToken = default)
    {
        if (IdOf(principal) is not { } id || principal.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId) return false;
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.PortalSessions.Where(s => s.Id == id && s.UserId == userId && s.EndedAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.PasswordConfirmedAt, now), cancellationToken) > 0;
    }

    /// <summary>The stored id (hash) of the session a principal belongs to, or null when it carries none.</summary>
    public static string? IdOf(ClaimsPrincipal principal) =>
        principal?.FindFirstValue(PortalClaims.SessionId) is { Length: > 0 } secret ? Hash(secret) : null;

    private void Remember(string id, string userId, DateTimeOffset now)
    {
        if (recentlyActive.Count > CacheSweepThreshold)
        {
            foreach (var (key, check) in recentlyActive)
            {
                if (check.Until <= now) recentlyActive.TryRemove(key, out _);
            }
        }
        recentlyActive[id] = new CachedCheck(userId, now + options.Value.ActiveCheckCacheTime);
    }

    private static string Hash(string secret) => Convert.ToHexString(SHA256.HashData(Encoding.ASCII.GetBytes(secret)));

    private sealed record CachedCheck(string UserId, DateTimeOffset Until);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} session(s) ended: {Reason}")]
    private partial void LogEnded(SessionEndReason reason, int count);
}
