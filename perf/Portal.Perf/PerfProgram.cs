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
            usage: Portal.Perf prepare --seed DIR --db FILE [--from SEEDED.db]
                     seeds an empty database through the app's start-up (timed) and adds the perf parent account;
                     --from copies a database seeded earlier instead (the start-up migrates it)
                   Portal.Perf dashboard-load --db FILE [--samples 2000] [--warmup 200] [--random-seed 6]
                     median/p95 of CaseDashboards.LoadAsync over random cases
            """);
        return 2;
    }
}
