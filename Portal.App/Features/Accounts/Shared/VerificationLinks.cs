using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.App.Infrastructure.Data;
using Portal.App.Infrastructure.Email;
using Portal.App.Infrastructure.Email.Templates;
using Portal.App.Infrastructure.Identity;
using Portal.App.Features.Accounts.Shared.Emails;

namespace Portal.App.Features.Accounts.Shared;

/// <summary>
/// Issues and checks the links that verify a new account's email: 256 random bits, stored only as a hash,
/// valid for <see cref="RegistrationOptions.VerificationLinkLifetime"/> after sending, used once, and
/// superseded by any newer link for the same account.
/// </summary>
public sealed class VerificationLinks(IDbContextFactory<PortalDbContext> dbFactory, EmailOutbox outbox, IOptions<RegistrationOptions> options, TimeProvider time)
{
    /// <summary>Where the link leads, under the site's base address.</summary>
    public const string VerifyPath = "register/verify";

    public TimeSpan Lifetime => options.Value.VerificationLinkLifetime;

    /// <summary>
    /// Issues a new link for <paramref name="user"/> and queues the email carrying it, both in the caller's
    /// unit of work: they are saved, and the email sent, only if the caller's SaveChanges commits.
    /// </summary>
    public async Task SendAsync(PortalDbContext db, PortalUser user, Uri siteBase, CancellationToken cancellationToken)
    {
        var secret = await IssueAsync(db, user.Id, cancellationToken);
        var link = new Uri(siteBase, $"{VerifyPath}?token={Uri.EscapeDataString(secret)}");
        await outbox.QueueAsync(db, new EmailRecipient(user.Email!, user.DisplayName, user.PreferredCulture),
            new VerifyEmailAddressEmail(user.DisplayName, link, time.GetUtcNow() + Lifetime));
    }

    /// <summary>
    /// Adds a new link for <paramref name="userId"/> to the caller's unit of work (saved with the caller's
    /// SaveChanges, like the email that carries it) and supersedes the older ones. Returns the link's secret.
    /// </summary>
    public async Task<string> IssueAsync(PortalDbContext db, string userId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        foreach (var older in await db.EmailVerificationTokens.Where(t => t.UserId == userId && t.UsedAt == null && t.SupersededAt == null).ToListAsync(cancellationToken))
        {
            older.Supersede(now);
        }
        var secret = LinkSecrets.New();
        db.EmailVerificationTokens.Add(new EmailVerificationToken(userId, Hash(secret), now, now + options.Value.VerificationLinkLifetime));
        return secret;
    }

    /// <summary>Where a link stands, and whose account it is for.</summary>
    public async Task<(VerificationLinkState State, string? UserId)> CheckAsync(string? secret, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(secret)) return (VerificationLinkState.Unknown, null);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var hash = Hash(secret);
        var token = await db.EmailVerificationTokens.AsNoTracking().SingleOrDefaultAsync(t => t.TokenHash == hash, cancellationToken);
        return token is null ? (VerificationLinkState.Unknown, null) : (token.StateAt(time.GetUtcNow()), token.UserId);
    }

    /// <summary>Uses a valid link up, in the caller's unit of work; false if it is no longer valid.</summary>
    public async Task<bool> RedeemAsync(PortalDbContext db, string secret, CancellationToken cancellationToken)
    {
        var hash = Hash(secret);
        var token = await db.EmailVerificationTokens.SingleOrDefaultAsync(t => t.TokenHash == hash, cancellationToken);
        var now = time.GetUtcNow();
        if (token?.StateAt(now) != VerificationLinkState.Valid) return false;
        token.MarkUsed(now);
        return true;
    }

    private static string Hash(string secret) => LinkSecrets.Hash(secret);
}
