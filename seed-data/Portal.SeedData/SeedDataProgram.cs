using System.Diagnostics;

namespace Portal.SeedData;

/// <summary>
/// Writes the demo data set (seed-data/README.md). A class rather than top-level statements: this project references
/// Portal.App for the seed file formats, and the app's own Program is already a top-level program.
/// </summary>
public static class SeedDataProgram
{
    public static int Main(string[] args)
    {
        SeedOptions options;
        try
        {
            options = SeedOptions.Parse(args, SeedDataFolderLocator.Find);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or OverflowException or DirectoryNotFoundException)
        {
            Console.Error.WriteLine(e.Message);
            Console.Error.WriteLine(SeedOptions.Usage);
            return 2;
        }

        var stopwatch = Stopwatch.StartNew();
        var counts = SeedDataGenerator.Run(options);
        Console.WriteLine($"Wrote {counts} as of {options.AsOf:yyyy-MM-dd} (seed {options.Seed}) to {options.OutputFolder} in {stopwatch.Elapsed.TotalSeconds:0.0} s; self-check passed.");
        return 0;
    }
}
