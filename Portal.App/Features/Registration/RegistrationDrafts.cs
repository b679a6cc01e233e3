using Microsoft.EntityFrameworkCore;
using Portal.App.Infrastructure.Data;

namespace Portal.App.Features.Registration;

/// <summary>
/// Creates, loads and saves wizard drafts, one short-lived context per operation. A draft lives for
/// <see cref="Lifetime"/> after it was started: older ones are not loaded, and are deleted whenever a new
/// draft is created.
/// </summary>
public sealed partial class RegistrationDrafts(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider time, ILogger<RegistrationDrafts> logger)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    public async Task<RegistrationDraft> CreateAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var cutoff = now - Lifetime;
        var purged = await db.RegistrationDrafts.Where(d => d.CreatedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
        if (purged > 0) LogPurged(purged);

        // Guid.NewGuid is a random (version 4) GUID: 122 random bits, not guessable.
        var draft = new RegistrationDraft { Id = Guid.NewGuid(), CreatedAt = now, UpdatedAt = now };
        db.RegistrationDrafts.Add(draft);
        await db.SaveChangesAsync(cancellationToken);
        return draft;
    }

    /// <summary>The draft, or null when there is none with that id or it is older than <see cref="Lifetime"/>.</summary>
    public async Task<RegistrationDraft?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow() - Lifetime;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.RegistrationDrafts.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id && d.CreatedAt >= cutoff, cancellationToken);
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
