using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Features.Cases.Shared;
using Portal.App.Infrastructure.Data;
using Portal.Domain.Cases;

namespace Portal.Perf;

/// <summary>
/// The server time of loading one case's dashboard (<see cref="CaseDashboards.LoadAsync"/>: summary, ledger,
/// recent actions, first page of payments) for random cases of a prepared database, one load at a time after a
/// warm-up. Prints median, p95, p99 and max; the target is a p95 of at most 20 ms.
/// </summary>
public static class DashboardLoadCommand
{
    public const double TargetP95Milliseconds = 20;

    /// <summary>Issue 22's target, on the 1,000,000-case set, on either provider.</summary>
    public const double TargetP95MillisecondsAtScale = 5;

    public static async Task<int> RunAsync(CommandLine args)
    {
        var database = PerfDatabase.From(args);
        if (database.SqlitePath is { } path && !File.Exists(path)) throw new ArgumentException($"{path} does not exist: run prepare first.");
        var samples = args.Number("samples", 2000, 1, 100_000);
        var warmup = args.Number("warmup", 200, 0, 100_000);
        var random = new Random(args.Number("random-seed", 6, 0, int.MaxValue));

        await using var portal = new PerfPortal(database, new Dictionary<string, string?>
        {
            ["Seed:Enabled"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        await using var scope = portal.Services.CreateAsyncScope();
        var dashboards = scope.ServiceProvider.GetRequiredService<CaseDashboards>();
        var dbFactory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        List<CaseNumber> cases;
        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            cases = await db.Cases.AsNoTracking().Select(c => c.Number).ToListAsync();
        }
        Console.WriteLine($"{cases.Count:N0} cases in {database.Name}; {warmup} warm-up loads, then {samples} timed loads of random cases, one at a time");

        for (var i = 0; i < warmup; i++) await LoadAsync(dashboards, cases[random.Next(cases.Count)]);

        var times = new double[samples];
        var payments = 0L;
        for (var i = 0; i < samples; i++)
        {
            var started = Stopwatch.GetTimestamp();
            var data = await LoadAsync(dashboards, cases[random.Next(cases.Count)]);
            times[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            payments += data.FirstPaymentsPage.TotalCount;
        }

        Array.Sort(times);
        var p95 = Percentile(times, 95);
        Console.WriteLine($"dashboard data load ({samples} cases, {payments / (double)samples:F0} payments per case on average):");
        Console.WriteLine($"  median {Percentile(times, 50):F2} ms   p95 {p95:F2} ms   p99 {Percentile(times, 99):F2} ms   max {times[^1]:F2} ms   mean {times.Average():F2} ms");
        Console.WriteLine($"  target p95 <= {TargetP95Milliseconds} ms: {(p95 <= TargetP95Milliseconds ? "met" : "MISSED")}");
        Console.WriteLine($"  target p95 <= {TargetP95MillisecondsAtScale} ms on a 1,000,000-case set: {(p95 <= TargetP95MillisecondsAtScale ? "met" : "MISSED")}{(cases.Count < 1_000_000 ? " (this set is smaller)" : "")}");
        return 0;
    }

    private static async Task<CaseDashboardData> LoadAsync(CaseDashboards dashboards, CaseNumber caseNumber) =>
        await dashboards.LoadAsync(caseNumber) ?? throw new InvalidOperationException($"No dashboard for case {caseNumber.Digits}.");

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    private static double Percentile(double[] sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
}
