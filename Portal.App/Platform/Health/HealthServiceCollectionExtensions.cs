using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Portal.App.Infrastructure.Data;

namespace Portal.App.Platform.Health;

public static class HealthServiceCollectionExtensions
{
    public static IServiceCollection AddPortalHealthChecks(this IServiceCollection services)
    {
        // Opening a SQLite file proves little (a corrupt file opens fine): read from a real table. Reading proves little
        // about writing (a full disk, a read-only mount, a write lock never released): write a row as it was, then undo.
        services.AddHealthChecks().AddDbContextCheck<PortalDbContext>("database",
            customTestQuery: async (db, ct) =>
            {
                await db.Cases.AnyAsync(ct);
                await using var probe = await db.Database.BeginTransactionAsync(ct);
                await db.Database.ExecuteSqlRawAsync("""UPDATE "__EFMigrationsHistory" SET "ProductVersion" = "ProductVersion" """, ct);
                await probe.RollbackAsync(ct);
                return true;
            });
        return services;
    }

    /// <summary>/health: overall status, the .NET runtime, and one entry per check (database, email outbox), as JSON for monitors.</summary>
    public static IEndpointConventionBuilder MapPortalHealth(this WebApplication app) =>
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = WriteJsonAsync }).DisableHttpMetrics();

    private static Task WriteJsonAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsJsonAsync(new
        {
            status = report.Status.ToString(),
            runtime = $".NET {Environment.Version}",
            checks = report.Entries.ToDictionary(
                entry => entry.Key,
                entry => new { status = entry.Value.Status.ToString(), description = entry.Value.Description, data = entry.Value.Data }),
        }, JsonSerializerOptions.Web);
    }
}
