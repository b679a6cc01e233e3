using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.App.Infrastructure.Data;
using Portal.Domain;

namespace Portal.App.Infrastructure.CaseSystem.Changes;

/// <summary>
/// Writes waiting changes to the case system's inbound folder, one JSON file per change named by its id. Each batch is
/// claimed with a lease in one UPDATE (as the email outbox does), so two instances never write the same change at once.
/// A file is written under a temporary name and renamed into place (<see cref="CaseSystemFiles"/>), so the case system never reads half a file. A
/// failed write is retried with a growing delay; a change written twice (the process stopped between the rename and
/// the status) carries the same id, which the case system ignores the second time.
/// </summary>
public sealed partial class CaseSystemExport(
    IDbContextFactory<PortalDbContext> dbFactory,
    CaseSystemChanges changes,
    IEnumerable<ICaseSystemChangeListener> listeners,
    IOptions<CaseSystemOptions> options,
    IHostEnvironment environment,
    TimeProvider time,
    ILogger<CaseSystemExport> logger)
{
    private readonly CaseSystemOptions settings = options.Value;

    /// <summary>The folder, resolved against the app's folder; null when none is configured.</summary>
    public string? Folder => string.IsNullOrWhiteSpace(settings.ExportFolder) ? null : Path.GetFullPath(settings.ExportFolder, environment.ContentRootPath);

    /// <summary>Writes every change due now; returns when the next waiting one falls due, if any.</summary>
    public async Task<DateTimeOffset?> ExportDueAsync(CancellationToken ct)
    {
        if (Folder is not { } folder) return null;
        while (await ClaimDueAsync(ct) is { Count: > 0 } claimed)
        {
            foreach (var change in claimed) await ExportAsync(folder, change, ct);
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.CaseSystemChanges.Where(c => c.Status == CaseSystemChangeStatus.Waiting)
            .OrderBy(c => c.NextAttemptAt).Select(c => (DateTimeOffset?)c.NextAttemptAt).FirstOrDefaultAsync(ct);
    }

    private async Task<List<CaseSystemChange>> ClaimDueAsync(CancellationToken ct)
    {
        var token = Guid.NewGuid();
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.CaseSystemChanges
            .Where(c => c.Status == CaseSystemChangeStatus.Waiting && c.NextAttemptAt <= now && (c.ClaimedUntil == null || c.ClaimedUntil < now))
            .OrderBy(c => c.NextAttemptAt)
            .Take(settings.BatchSize)
            .ExecuteUpdateAsync(set => set
                .SetProperty(c => c.ClaimToken, token)
                .SetProperty(c => c.ClaimedUntil, now + settings.LeaseDuration)
                .SetProperty(c => c.Attempts, c => c.Attempts + 1), ct);
        return await db.CaseSystemChanges.AsNoTracking().Where(c => c.ClaimToken == token).ToListAsync(ct);
    }

    private async Task ExportAsync(string folder, CaseSystemChange change, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // Only while the claim is ours, and only from Waiting: a quick answer may already have settled the change.
        var ours = db.CaseSystemChanges.Where(c => c.Id == change.Id && c.ClaimToken == change.ClaimToken && c.Status == CaseSystemChangeStatus.Waiting);
        if (changes.Read(change) is not { } content)
        {
            // Nothing readable to send, and trying again cannot help: it stays Waiting, unclaimed, for an operator (/health).
            await ours.ExecuteUpdateAsync(set => set
                .SetProperty(c => c.NextAttemptAt, DateTimeOffset.MaxValue)
                .SetProperty(c => c.LastError, UnreadableContent)
                .SetProperty(c => c.ClaimToken, (Guid?)null)
                .SetProperty(c => c.ClaimedUntil, (DateTimeOffset?)null), ct);
            LogUnreadable(change.Id);
            return;
        }
        try
        {
            await WriteFileAsync(folder, change, content, ct);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            var retryAt = now + settings.RetryDelayAfter(change.Attempts);
            await ours.ExecuteUpdateAsync(set => set
                .SetProperty(c => c.NextAttemptAt, retryAt)
                .SetProperty(c => c.LastError, exception.GetType().Name + ": the change could not be written to the export folder.")
                .SetProperty(c => c.ClaimToken, (Guid?)null)
                .SetProperty(c => c.ClaimedUntil, (DateTimeOffset?)null), ct);
            LogWillRetry(exception, change.Id, change.Attempts, retryAt);
            return;
        }
        await ours.ExecuteUpdateAsync(set => set
            .SetProperty(c => c.Status, CaseSystemChangeStatus.Sent)
            .SetProperty(c => c.SentAt, now)
            .SetProperty(c => c.LastError, (string?)null)
            .SetProperty(c => c.ClaimToken, (Guid?)null)
            .SetProperty(c => c.ClaimedUntil, (DateTimeOffset?)null), ct);
        LogSent(change.Id, change.Kind);
        foreach (var listener in listeners) await listener.SentAsync(change.Id, now, ct);
    }

    private static Task WriteFileAsync(string folder, CaseSystemChange change, ContactChangeContent content, CancellationToken ct)
    {
        var file = new CaseSystemChangeFile(change.Id, change.Kind, change.PersonId, ArizonaTime.From(change.RequestedAt),
            change.RequestedByStaff ? "Staff" : content.Application is not null ? "Applicant" : "Parent", content.Address, content.Phones, content.Application);
        return CaseSystemFiles.WriteAsync(folder, FileName(change.Id), JsonSerializer.Serialize(file, ContactChangeContent.Json), ct);
    }

    public static string FileName(Guid changeId) => $"change-{changeId.ToString("D", CultureInfo.InvariantCulture)}.json";

    private const string UnreadableContent = "The change's details cannot be decrypted: the Data Protection keys they were saved under are gone.";

    [LoggerMessage(Level = LogLevel.Information, Message = "Sent change {ChangeId} ({Kind}) to the case system")]
    private partial void LogSent(Guid changeId, CaseSystemChangeKind kind);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not write change {ChangeId} to the case system's folder (attempt {Attempt}); retrying at {RetryAt}")]
    private partial void LogWillRetry(Exception exception, Guid changeId, int attempt, DateTimeOffset retryAt);

    [LoggerMessage(Level = LogLevel.Error, Message = "Change {ChangeId} cannot be read with the current keys and was not sent")]
    private partial void LogUnreadable(Guid changeId);
}
