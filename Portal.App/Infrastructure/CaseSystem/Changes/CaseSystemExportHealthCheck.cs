using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Portal.App.Infrastructure.Data;

namespace Portal.App.Infrastructure.CaseSystem.Changes;

/// <summary>/health's "case-system-export" entry: changes waiting to be written, and sent changes the case system has not answered.</summary>
public sealed class CaseSystemExportHealthCheck(IDbContextFactory<PortalDbContext> dbFactory, IOptions<CaseSystemOptions> options, TimeProvider time) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow();
        var waiting = db.CaseSystemChanges.Where(c => c.Status == CaseSystemChangeStatus.Waiting);
        var sent = db.CaseSystemChanges.Where(c => c.Status == CaseSystemChangeStatus.Sent);
        var oldestWaiting = await waiting.OrderBy(c => c.RequestedAt).Select(c => (DateTimeOffset?)c.RequestedAt).FirstOrDefaultAsync(cancellationToken);
        var oldestSent = await sent.OrderBy(c => c.SentAt).Select(c => c.SentAt).FirstOrDefaultAsync(cancellationToken);
        var waitingAge = oldestWaiting is { } w ? now - w : TimeSpan.Zero;
        var unansweredAge = oldestSent is { } s ? now - s : TimeSpan.Zero;
        var data = new Dictionary<string, object>
        {
            ["waiting"] = await waiting.CountAsync(cancellationToken),
            ["oldestWaitingAgeSeconds"] = (long)waitingAge.TotalSeconds,
            ["unanswered"] = await sent.CountAsync(cancellationToken),
            ["oldestUnansweredAgeSeconds"] = (long)unansweredAge.TotalSeconds,
        };
        if (waitingAge > options.Value.WaitingAgeWarning)
            return HealthCheckResult.Degraded($"A change has waited {waitingAge.TotalMinutes:F0} minutes to be written to the case system's folder.", data: data);
        if (unansweredAge > options.Value.UnansweredAgeWarning)
            return HealthCheckResult.Degraded($"The case system has not answered a change sent {unansweredAge.TotalHours:F0} hours ago.", data: data);
        return HealthCheckResult.Healthy($"{data["waiting"]} change(s) waiting, {data["unanswered"]} awaiting an answer.", data);
    }
}
