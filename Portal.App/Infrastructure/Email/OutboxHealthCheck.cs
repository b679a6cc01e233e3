using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Portal.App.Infrastructure.Data;

namespace Portal.App.Infrastructure.Email;

/// <summary>/health's "email-outbox" entry: how many messages wait, how long the oldest has waited, how many failed.</summary>
public sealed class OutboxHealthCheck(IDbContextFactory<PortalDbContext> dbFactory, IOptions<OutboxOptions> options, TimeProvider time) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var pending = db.OutboxMessages.Where(m => m.Status == OutboxStatus.Pending);
        var pendingCount = await pending.CountAsync(cancellationToken);
        var oldest = await pending.OrderBy(m => m.CreatedAt).Select(m => (DateTimeOffset?)m.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        var failedCount = await db.OutboxMessages.CountAsync(m => m.Status == OutboxStatus.Failed, cancellationToken);
        var oldestAge = oldest is { } created ? time.GetUtcNow() - created : TimeSpan.Zero;

        var data = new Dictionary<string, object>
        {
            ["pending"] = pendingCount,
            ["oldestPendingAgeSeconds"] = (long)oldestAge.TotalSeconds,
            ["failed"] = failedCount,
        };
        return oldestAge > options.Value.PendingAgeWarning
            ? HealthCheckResult.Degraded($"The oldest unsent email has waited {oldestAge.TotalMinutes:F0} minutes.", data: data)
            : HealthCheckResult.Healthy($"{pendingCount} email(s) waiting.", data);
    }
}
