using Microsoft.EntityFrameworkCore;
using Portal.App.Features.Cases.Shared.Forms;
using Portal.App.Infrastructure.Background;
using Portal.App.Infrastructure.Data;
using Portal.Domain.Cases;
using Portal.Domain.Forms;

namespace Portal.App.Features.Cases.Forms;

/// <summary>
/// Forms in progress, saved on the server as the parent goes, so a refresh, a lost connection or another device picks up
/// where they stopped. One per account, kind and case; gone 30 days after the last save (<see cref="FormDraftRules"/>).
/// </summary>
public sealed partial class FormDrafts(IDbContextFactory<PortalDbContext> dbFactory, FormProtector protector, TimeProvider time, ILogger<FormDrafts> logger)
{
    /// <summary>The draft to resume; null when there is none or it has expired (an expired one is deleted on the way).</summary>
    public async Task<SavedDraft?> FindAsync(string userId, FormKind kind, CaseNumber caseNumber, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var draft = await db.FormDrafts.SingleOrDefaultAsync(d => d.UserId == userId && d.Kind == kind && d.CaseNumber == caseNumber, ct);
        if (draft is null) return null;
        if (FormDraftRules.IsExpired(draft.SavedAt, time.GetUtcNow()))
        {
            db.FormDrafts.Remove(draft);
            await db.SaveChangesAsync(ct);
            return null;
        }
        return new SavedDraft(protector.Answers(draft.ProtectedAnswers), draft.ProtectedAccountNumber is { } account ? protector.Account(account) : null,
            draft.Step, draft.SavedAt, draft.ExpiresAt);
    }

    /// <summary>Saves the answers (and the account number, under its own protector); returns when the draft will now expire.</summary>
    public async Task<DateTimeOffset> SaveAsync(string userId, string personId, FormKind kind, CaseNumber caseNumber, FormAnswers answers, string? accountNumber,
        int step, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var draft = await db.FormDrafts.SingleOrDefaultAsync(d => d.UserId == userId && d.Kind == kind && d.CaseNumber == caseNumber, ct);
            if (draft is null) db.FormDrafts.Add(draft = new FormDraft(Guid.NewGuid(), userId, personId, kind, caseNumber, now));
            draft.Save(protector.Protect(answers), string.IsNullOrEmpty(accountNumber) ? null : protector.ProtectAccount(accountNumber), step, now);
            try
            {
                await db.SaveChangesAsync(ct);
                return draft.ExpiresAt;
            }
            catch (DbUpdateException) when (attempt == 1)
            {
                // Another tab made the draft first: save into theirs.
            }
        }
    }

    public async Task<IReadOnlyList<DraftSummary>> ListAsync(string userId, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var drafts = await db.FormDrafts.AsNoTracking().Where(d => d.UserId == userId && d.ExpiresAt > now).ToListAsync(ct);
        return [.. drafts.OrderByDescending(d => d.SavedAt)
            .Select(d => new DraftSummary(d.Kind, d.CaseNumber, d.SavedAt, d.ExpiresAt, FormDraftRules.ExpiresSoon(d.SavedAt, now)))];
    }

    /// <summary>Removes the draft in the caller's unit of work (the signing that replaces it).</summary>
    public static async Task RemoveAsync(PortalDbContext db, string userId, FormKind kind, CaseNumber caseNumber, CancellationToken ct)
    {
        if (await db.FormDrafts.SingleOrDefaultAsync(d => d.UserId == userId && d.Kind == kind && d.CaseNumber == caseNumber, ct) is { } draft) db.FormDrafts.Remove(draft);
    }

    public async Task DiscardAsync(string userId, FormKind kind, CaseNumber caseNumber, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.FormDrafts.Where(d => d.UserId == userId && d.Kind == kind && d.CaseNumber == caseNumber).ExecuteDeleteAsync(ct);
    }

    public async Task<int> PurgeExpiredAsync(CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var purged = await db.FormDrafts.Where(d => d.ExpiresAt <= now).ExecuteDeleteAsync(ct);
        if (purged > 0) LogPurged(purged);
        return purged;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} expired form drafts")]
    private partial void LogPurged(int count);
}

public sealed record SavedDraft(FormAnswers Answers, string? AccountNumber, int Step, DateTimeOffset SavedAt, DateTimeOffset ExpiresAt);

public sealed record DraftSummary(FormKind Kind, CaseNumber CaseNumber, DateTimeOffset SavedAt, DateTimeOffset ExpiresAt, bool ExpiresSoon);

/// <summary>Deletes expired drafts at start-up and then every hour, on one instance at a time.</summary>
public sealed class FormDraftPurgeService(FormDrafts drafts, JobLeases leases, TimeProvider time, ILogger<FormDraftPurgeService> logger)
    : ScheduledJob(leases, time, logger)
{
    protected override string Name => "form-draft-purge";

    protected override TimeSpan Interval => TimeSpan.FromHours(1);

    protected override Task RunAsync(CancellationToken stoppingToken) => drafts.PurgeExpiredAsync(stoppingToken);
}
