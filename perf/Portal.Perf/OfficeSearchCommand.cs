using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Features.Offices;
using Portal.Domain.Offices;

namespace Portal.Perf;

/// <summary>
/// The server time of one office search (issue 21's target: well under 10 ms), two ways, one search at a time after a
/// warm-up, on a fresh database seeded from the committed seed-data (the search reads only the 17 offices, so the
/// number of cases does not matter): a SQLite file of its own, or with --postgres an empty PostgreSQL database:
/// 1. <see cref="OfficeLocator.SearchAsync"/>: read the offices, look up the ZIP's centroid, rank by distance;
/// 2. the whole page: POST /offices (the ZIP form) through the in-process test server, with antiforgery, routing
///    and the server rendering of the 17 office cards; no socket.
/// ZIP codes are drawn at random from the bundled Arizona centroids, with one in ten unknown or of another state.
/// Prints median, p95, p99 and max of each.
/// </summary>
public static partial class OfficeSearchCommand
{
    public const double TargetMilliseconds = 10;

    private static readonly string[] OtherZips = ["85001", "86549", "90210", "10001", "87101"];

    public static async Task<int> RunAsync(CommandLine args)
    {
        var seedFolder = Path.GetFullPath(args.Required("seed"));
        var samples = args.Number("samples", 2000, 1, 100_000);
        var warmup = args.Number("warmup", 300, 0, 100_000);
        var random = new Random(args.Number("random-seed", 21, 0, int.MaxValue));
        var work = Directory.CreateTempSubdirectory("portal-perf-offices-");
        try
        {
            var database = args.Optional("postgres") is null ? PerfDatabase.Sqlite(Path.Combine(work.FullName, "portal.db")) : PerfDatabase.From(args);
            await using var portal = new PerfPortal(database, new Dictionary<string, string?>
            {
                ["Seed:Enabled"] = "true",
                ["Seed:Path"] = seedFolder,
                ["Email:Pickup:Folder"] = Path.Combine(work.FullName, "mail"),
                ["Logging:LogLevel:Default"] = "Warning",
            });
            var locator = portal.Services.GetRequiredService<OfficeLocator>();
            var centroids = portal.Services.GetRequiredService<ZipCentroids>();
            var zips = centroids.Zips.Order(StringComparer.Ordinal).ToArray();
            string NextZip() => random.Next(10) == 0 ? OtherZips[random.Next(OtherZips.Length)] : zips[random.Next(zips.Length)];
            Console.WriteLine($"{zips.Length} Arizona ZIP centroids, {(await locator.AllAsync()).Count} offices on {database.Provider}; {warmup} warm-up searches, then {samples} timed, one at a time");

            var service = new double[samples];
            for (var i = 0; i < warmup; i++) await locator.SearchAsync(NextZip());
            for (var i = 0; i < samples; i++)
            {
                var zip = NextZip();
                var started = Stopwatch.GetTimestamp();
                _ = await locator.SearchAsync(zip);
                service[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }

            using var client = portal.CreateClient();
            var token = AntiforgeryToken().Match(await client.GetStringAsync("/offices")).Groups[1].Value;
            var page = new double[samples];
            for (var i = 0; i < warmup; i++) await PostAsync(client, token, NextZip());
            for (var i = 0; i < samples; i++)
            {
                var zip = NextZip();
                var started = Stopwatch.GetTimestamp();
                await PostAsync(client, token, zip);
                page[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }

            Report("OfficeLocator.SearchAsync (offices read, centroid, ranking)", service);
            Report("POST /offices, the whole server-rendered page (in-process, no socket)", page);
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            work.Delete(recursive: true);
        }
    }

    private static async Task PostAsync(HttpClient client, string token, string zip)
    {
        using var body = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "zip-search",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
            ["Search.Zip"] = zip,
        });
        using var response = await client.PostAsync(new Uri("/offices", UriKind.Relative), body);
        var html = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK || !html.Contains("office-card", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"POST /offices with {zip} answered {(int)response.StatusCode} without offices.");
        }
    }

    private static void Report(string what, double[] times)
    {
        Array.Sort(times);
        var p95 = Percentile(times, 95);
        Console.WriteLine($"{what}:");
        Console.WriteLine($"  median {Percentile(times, 50):F2} ms   p95 {p95:F2} ms   p99 {Percentile(times, 99):F2} ms   max {times[^1]:F2} ms   mean {times.Average():F2} ms");
        Console.WriteLine($"  target p95 < {TargetMilliseconds} ms: {(p95 < TargetMilliseconds ? "met" : "MISSED")}");
    }

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    private static double Percentile(double[] sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];

    [GeneratedRegex("""<input[^>]*name="__RequestVerificationToken"[^>]*value="([^"]+)"[^>]*>""")]
    private static partial Regex AntiforgeryToken();
}
