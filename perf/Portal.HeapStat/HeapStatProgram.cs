using Microsoft.Diagnostics.Runtime;

namespace Portal.HeapStat;

/// <summary>
/// heapstat OPEN.dmp CLOSED.dmp CIRCUITS DAC: the managed objects reachable in a dump taken with CIRCUITS circuits
/// open, minus those of a dump taken after they closed, per circuit: by type, the render-tree buffers by component,
/// and the strings every circuit holds a copy of. DAC is the runtime's libmscordaccore.so (the app is self-contained).
/// </summary>
public static class HeapStatProgram
{
    public static int Main(string[] args)
    {
        if (args.Length != 4)
        {
            Console.Error.WriteLine("usage: heapstat OPEN.dmp CLOSED.dmp CIRCUITS path/to/libmscordaccore.so");
            return 2;
        }
        var circuits = int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture);
        var open = Snapshot.Load(args[0], args[3]);
        var closed = Snapshot.Load(args[1], args[3]);

        var perType = open.BytesByType
            .Select(t => (t.Key, Bytes: (t.Value - closed.BytesByType.GetValueOrDefault(t.Key)) / (double)circuits))
            .OrderByDescending(t => t.Bytes)
            .ToList();
        Console.WriteLine($"Reachable managed memory per circuit: {perType.Sum(t => t.Bytes) / 1024:F1} KB ({circuits} circuits)");
        foreach (var group in perType.GroupBy(t => GroupOf(t.Key)).OrderByDescending(g => g.Sum(t => t.Bytes)))
        {
            Console.WriteLine($"  {group.Sum(t => t.Bytes) / 1024,7:F1} KB  {group.Key}");
        }
        Console.WriteLine("\nLargest types, bytes per circuit:");
        foreach (var (type, bytes) in perType.Take(25)) Console.WriteLine($"  {bytes,9:F0}  {Shorten(type)}");

        Console.WriteLine("\nRender-tree buffers per circuit, by component (bytes, frames in use):");
        foreach (var (component, bytes, frames, count) in open.FramesByComponent.OrderByDescending(c => c.Bytes))
        {
            Console.WriteLine($"  {bytes / (double)circuits,8:F0}  {frames / (double)circuits,5:F0} frames  {count / (double)circuits,4:F1}x  {Shorten(component)}");
        }

        Console.WriteLine("\nStrings that at least half the circuits hold a copy of (bytes per circuit):");
        foreach (var (text, bytes, count) in open.RepeatedStrings(circuits / 2).Take(25))
        {
            Console.WriteLine($"  {bytes / (double)circuits,6:F0}  {count / (double)circuits,4:F1}x  {text}");
        }
        return 0;
    }

    private static string GroupOf(string type) =>
        type.Contains("Text.Json", StringComparison.Ordinal) ? "JSON metadata (the circuit's JSRuntime)"
        : type.Contains("RenderTreeFrame[]", StringComparison.Ordinal) ? "render-tree buffers"
        : type.Contains("AspNetCore.Components", StringComparison.Ordinal) ? "components and renderer"
        : type.Contains("Kestrel", StringComparison.Ordinal) || type.Contains("Pipelines", StringComparison.Ordinal) ? "Kestrel and pipes"
        : type.Contains("SignalR", StringComparison.Ordinal) || type.Contains("Http.Connections", StringComparison.Ordinal) ? "SignalR"
        : type == "System.String" ? "strings"
        : "other";

    private static string Shorten(string text) => text.Length > 130 ? text[..130] + "…" : text;
}
