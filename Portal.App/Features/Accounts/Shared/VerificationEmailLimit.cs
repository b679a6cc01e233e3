using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.App.Infrastructure.Data;

namespace Portal.App.Features.Accounts.Shared;

/// <summary>
/// The one rule for sending a verification email again: at most one per account per
/// <see cref="RegistrationOptions.NewLinkInterval"/>, whoever asks (the parent's "Send a new link" or a caseworker's
/// resend). Every verification email carries a new link, so the links issued are the record of the emails sent.
/// </summary>
public sealed class VerificationEmailLimit(IOptions<RegistrationOptions> options, TimeProvider time)
{
    public TimeSpan Interval => options.Value.NewLinkInterval;

    /// <summary>
    /// When the next verification email for <paramref name="userId"/> may be sent, or null when one may be sent now.
    /// Read in the caller's unit of work, so a caller holding a write transaction sees the latest link.
    /// </summary>
    public async Task<DateTimeOffset?> NextAllowedAtAsync(PortalDbContext db, string userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var now = time.GetUtcNow();
        var since = now - Interval;
        // Only the links of the last interval: a handful at most. The newest is found here, not in SQL, because
        // CreatedAt is stored through a value converter.
        var recent = await db.EmailVerificationTokens.AsNoTracking()
            .Where(t => t.UserId == userId && t.CreatedAt > since)
            .Select(t => t.CreatedAt)
            .ToListAsync(cancellationToken);
        return recent.Count == 0 ? null : recent.Max() + Interval;
    }
}
