using Portal.Perf;

// Portal.Perf: the .NET half of the performance harness (README, "Performance"). perf/run.sh calls it:
//   prepare         --seed DIR --db FILE        seed an empty database from a seed folder (timed), add the perf accounts
//   dashboard-load  --db FILE [--samples N --warmup N --random-seed N]   p50/p95 of DashboardService.LoadAsync
var arguments = CommandLine.Parse(args);
try
{
    return arguments.Command switch
    {
        "prepare" => await PrepareCommand.RunAsync(arguments),
        "dashboard-load" => await DashboardLoadCommand.RunAsync(arguments),
        _ => Usage(),
    };
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine(ex.Message);
    return Usage();
}

static int Usage()
{
    Console.Error.WriteLine("""
        usage: Portal.Perf prepare --seed DIR --db FILE
               Portal.Perf dashboard-load --db FILE [--samples 2000] [--warmup 200] [--random-seed 6]
        """);
    return 2;
}
