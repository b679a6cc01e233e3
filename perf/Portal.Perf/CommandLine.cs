using System.Globalization;

namespace Portal.Perf;

/// <summary>"command --name value ..." and nothing more.</summary>
public sealed class CommandLine
{
    private readonly Dictionary<string, string> options = new(StringComparer.Ordinal);

    public string Command { get; private init; } = string.Empty;

    public static CommandLine Parse(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var line = new CommandLine { Command = args.Length > 0 ? args[0] : string.Empty };
        for (var i = 1; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length) throw new ArgumentException($"Expected --name value, got '{args[i]}'.");
            line.options[args[i][2..]] = args[++i];
        }
        return line;
    }

    public string Required(string name) =>
        options.TryGetValue(name, out var value) ? value : throw new ArgumentException($"--{name} is required.");

    public string? Optional(string name) => options.TryGetValue(name, out var value) ? value : null;

    public int Number(string name, int fallback, int min, int max)
    {
        if (!options.TryGetValue(name, out var text)) return fallback;
        var value = int.Parse(text, CultureInfo.InvariantCulture);
        return value >= min && value <= max ? value : throw new ArgumentException($"--{name} must be between {min} and {max}.");
    }
}
