using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Portal.App.Infrastructure.Data;

/// <summary>
/// /health's "live-updates" entry on PostgreSQL: degraded while this instance cannot hear the others (its open pages
/// still follow what happens on it, and catch up with the rest when the listener is back).
/// </summary>
public sealed class LiveUpdatesHealthCheck(PostgresLiveUpdateBus bus) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(bus.IsListening
            ? HealthCheckResult.Healthy("Listening to the other instances.")
            : HealthCheckResult.Degraded("Not hearing the other instances: the live-update listener is reconnecting."));
}
