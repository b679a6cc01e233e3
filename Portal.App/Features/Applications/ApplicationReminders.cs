using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.App.Features.Cases.Shared.Applications;
using Portal.App.Infrastructure.Background;
using Portal.App.Infrastructure.Data;
using Portal.Domain.Applications;

namespace Portal.App.Features.Applications;

/// <summary>
/// Unfinished applications: the reminder emails as their end nears (each once: the application records the last one
/// sent in the same transaction as its email), and the deletion of those that expired. Submitted ones are never touched.
/// </summary>
public sealed partial class ApplicationReminders(
    IDbContextFactory<PortalDbContext> dbFactory,
    SupportApplications applications,
    ApplicationNotices notices,
    ApplicationDocuments documents,
    TimeProvider time,
    ILogger<ApplicationReminders> logger)
{
    /// <summary>Sends the reminders due and deletes expired drafts, with their documents; returns (reminded, deleted).</summary>
    public async Task<(int Reminded, int Deleted)> RunAsync(CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var expiry = applications.Expiry;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // Expiry counts from the start with the configured lifetime (which may have changed since ExpiresAt was written).
        var drafts = await db.SupportApplications.Where(a => a.Status == ApplicationStatus.Draft).ToListAsync(ct);
        var reminded = 0;
        var deleted = 0;
        List<string> contentGone = [];
        foreach (var draft in drafts)
        {
            if (expiry.IsExpired(draft.StartedAt, now))
            {
                // Its documents' records go with it (cascade), their encrypted content once that is saved.
                contentGone.AddRange(await db.ApplicationDocuments.Where(d => d.ApplicationId == draft.Id).Select(d => d.StorageKey).ToListAsync(ct));
                db.SupportApplications.Remove(draft);
                deleted++;
            }
            else if (expiry.ReminderDue(draft.StartedAt, draft.LastReminderDaysLeft, now) is { } daysLeft)
            {
                draft.Reminded(daysLeft);
                await notices.QueueReminderAsync(db, draft, daysLeft, ct);
                reminded++;
            }
        }
        await db.SaveChangesAsync(ct);
        await documents.DeleteContentAsync(contentGone, ct);
        if (reminded + deleted > 0) LogRun(reminded, deleted);
        return (reminded, deleted);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applications: {Reminded} reminders queued, {Deleted} expired drafts deleted")]
    private partial void LogRun(int reminded, int deleted);
}

/// <summary>Runs <see cref="ApplicationReminders"/> at start-up and then every Applications:CheckInterval, on one instance at a time.</summary>
public sealed class ApplicationReminderService(ApplicationReminders reminders, IOptions<ApplicationsOptions> options, JobLeases leases, TimeProvider time,
    ILogger<ApplicationReminderService> logger) : ScheduledJob(leases, time, logger)
{
    protected override string Name => "application-reminders";

    protected override TimeSpan Interval => options.Value.CheckInterval;

    protected override Task RunAsync(CancellationToken stoppingToken) => reminders.RunAsync(stoppingToken);
}
