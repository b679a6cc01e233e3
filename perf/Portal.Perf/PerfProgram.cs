namespace Portal.Perf;

/// <summary>
/// Portal.Perf: the .NET half of the performance harness (README, "Performance"); perf/run.sh calls it.
/// (A class rather than top-level statements: the app's own Program is the one WebApplicationFactory starts.)
/// </summary>
public static class PerfProgram
{
    public static async Task<int> Main(string[] args)
    {
        try
        {
            var arguments = CommandLine.Parse(args);
            return arguments.Command switch
            {
                "prepare" => await PrepareCommand.RunAsync(arguments),
                "dashboard-load" => await DashboardLoadCommand.RunAsync(arguments),
                "office-search" => await OfficeSearchCommand.RunAsync(arguments),
                _ => Usage(),
            };
        }
        catch (ArgumentException ex)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            return Usage();
        }
    }

    private static int Usage()
    {
        Console.Error.WriteLine("""
            usage: Portal.Perf prepare --seed DIR (--db FILE | --postgres CONNECTION) [--from SEEDED.db] [--accounts FILE]
                     seeds an empty database through the app's start-up (timed) and adds the perf parent account;
                     --from copies a database seeded earlier instead (the start-up migrates it)
                   Portal.Perf dashboard-load (--db FILE | --postgres CONNECTION) [--samples 2000] [--warmup 200] [--random-seed 6]
                     median/p95 of CaseDashboards.LoadAsync over random cases
                   Portal.Perf office-search --seed DIR [--postgres CONNECTION] [--samples 2000] [--warmup 300] [--random-seed 21]
                     median/p95 of one office search (the service, then the whole page) on a database seeded from DIR
                     at start: a new SQLite file, or the given empty PostgreSQL database
            """);
        return 2;
    }
}
