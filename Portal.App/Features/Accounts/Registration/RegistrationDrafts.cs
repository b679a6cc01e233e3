using Microsoft.EntityFrameworkCore;
using Portal.App.Infrastructure.Data;

namespace Portal.App.Features.Accounts.Registration;

/// <summary>
/// Creates, loads and saves wizard drafts, one short-lived context per operation. A draft lives for
/// <see cref="Lifetime"/> after it was stored: older ones are not loaded, and are deleted whenever a new
/// draft is stored. A draft is stored at the first successful match, never on a bare visit, so crawling
/// /register cannot grow the database; and it loads only for the browser key it was bound to.
/// </summary>
public sealed partial class RegistrationDrafts(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider time, ILogger<RegistrationDrafts> logger)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    /// <summary>Stores <paramref name="draft"/> for the first time under a new random id, bound to the browser whose key hash is given.</summary>
    public async Task<RegistrationDraft> CreateAsync(RegistrationDraft draft, string browserKeyHash, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentException.ThrowIfNullOrEmpty(browserKeyHash);
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var cutoff = now - Lifetime;
        var purged = await db.RegistrationDrafts.Where(d => d.CreatedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
        if (purged > 0) LogPurged(purged);

        // Guid.NewGuid is a random (version 4) GUID: 122 random bits, not guessable.
        draft.Id = Guid.NewGuid();
        draft.CreatedAt = draft.UpdatedAt = now;
        draft.BrowserKeyHash = browserKeyHash;
        db.RegistrationDrafts.Add(draft);
        await db.SaveChangesAsync(cancellationToken);
        return draft;
    }

    /// <summary>
    /// The draft, or null when there is none with that id, it is older than <see cref="Lifetime"/>, or it was
    /// started in another browser: the caller cannot tell these apart, so neither can the person asking.
    /// </summary>
    public async Task<RegistrationDraft?> LoadAsync(Guid id, string? browserKeyHash, CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow() - Lifetime;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var draft = await db.RegistrationDrafts.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id && d.CreatedAt >= cutoff, cancellationToken);
        return draft is not null && RegistrationBrowserKeys.Owns(browserKeyHash, draft) ? draft : null;
    }

    public async Task SaveAsync(RegistrationDraft draft, CancellationToken cancellationToken)
    {
        draft.UpdatedAt = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.RegistrationDrafts.Update(draft);
        await db.SaveChangesAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} abandoned registration drafts")]
    private partial void LogPurged(int count);
}
