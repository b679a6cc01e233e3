using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Portal.App.Infrastructure.Data;

namespace Portal.App.Features.Health;

public static class HealthServiceCollectionExtensions
{
    public static IServiceCollection AddPortalHealthChecks(this IServiceCollection services)
    {
        // Opening a SQLite file proves little (a corrupt file opens fine): read from a real table instead.
        services.AddHealthChecks().AddDbContextCheck<PortalDbContext>("database",
            customTestQuery: async (db, ct) =>
            {
                await db.Cases.AnyAsync(ct);
                return true;
            });
        return services;
    }

    /// <summary>/health: overall status plus one entry per check (later: the email outbox), as JSON for monitors.</summary>
    public static IEndpointConventionBuilder MapPortalHealth(this WebApplication app) =>
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteJsonAsync }).DisableHttpMetrics();

    private static Task WriteJsonAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsJsonAsync(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(
                entry => entry.Key,
                entry => new { status = entry.Value.Status.ToString(), description = entry.Value.Description, data = entry.Value.Data }),
        }, JsonSerializerOptions.Web);
    }
}
