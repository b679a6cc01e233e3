using System.Globalization;

namespace Portal.SeedData;

/// <summary>The command line: where to write, how many cases, the random seed and the day the data is "as of".</summary>
internal sealed record SeedOptions(string OutputFolder, int Cases, int Seed, DateOnly AsOf)
{
    public const string Usage =
        "Usage: dotnet run --project seed-data/Portal.SeedData -- [--out DIR] [--cases N] [--seed N] [--as-of yyyy-MM-dd]";

    public static SeedOptions Parse(IReadOnlyList<string> args, Func<string> defaultOutputFolder)
    {
        string? output = null;
        var cases = 600;
        var seed = 20261101;
        var asOf = new DateOnly(2026, 11, 1);
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] is not ("--out" or "--cases" or "--seed" or "--as-of")) throw new ArgumentException($"Unknown option {args[i]}.");
            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--out": output = value; break;
                case "--cases": cases = ParsePositive(value, "--cases"); break;
                case "--seed": seed = int.Parse(value, NumberStyles.Integer, CultureInfo.InvariantCulture); break;
                case "--as-of":
                    if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out asOf))
                        throw new ArgumentException($"--as-of wants yyyy-MM-dd, not {value}.");
                    break;
                default: throw new ArgumentException($"Unknown option {args[i]}.");
            }
            i++;
        }
        return new SeedOptions(Path.GetFullPath(output ?? defaultOutputFolder()), cases, seed, asOf);
    }

    private static int ParsePositive(string value, string option) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw new ArgumentException($"{option} wants a positive whole number, not {value}.");
}
