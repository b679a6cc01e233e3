using Microsoft.Diagnostics.Runtime;

namespace Portal.HeapStat;

/// <summary>The objects reachable from the roots of one dump, counted once each.</summary>
public sealed class Snapshot
{
    private readonly List<ClrObject> reachable = [];

    public Dictionary<string, long> BytesByType { get; } = [];

    public List<(string Component, long Bytes, long Frames, int Count)> FramesByComponent { get; } = [];

    private List<(string Text, long Bytes, int Count)> strings = [];

    public static Snapshot Load(string dumpPath, string dacPath)
    {
        using var target = DataTarget.LoadDump(dumpPath);
        using var runtime = target.ClrVersions[0].CreateRuntime(dacPath, ignoreMismatch: true);
        var snapshot = new Snapshot();
        snapshot.Walk(runtime.Heap);
        return snapshot;
    }

    public IEnumerable<(string Text, long Bytes, int Count)> RepeatedStrings(int atLeast) =>
        strings.Where(s => s.Count >= atLeast).OrderByDescending(s => s.Bytes);

    private void Walk(ClrHeap heap)
    {
        var seen = new HashSet<ulong>();
        var pending = new Stack<ulong>();
        foreach (var root in heap.EnumerateRoots())
        {
            if (root.Object.Address != 0) pending.Push(root.Object.Address);
        }
        var texts = new Dictionary<string, (long Bytes, int Count)>();
        var components = new Dictionary<string, (long Bytes, long Frames, int Count)>();
        while (pending.Count > 0)
        {
            var address = pending.Pop();
            if (!seen.Add(address)) continue;
            var obj = heap.GetObject(address);
            if (!obj.IsValid || obj.Type?.Name is not { } name) continue;
            var size = (long)obj.Size;
            BytesByType[name] = BytesByType.GetValueOrDefault(name) + size;
            if (obj.Type.IsString)
            {
                var text = obj.AsString(100) ?? string.Empty;
                var (bytes, count) = texts.GetValueOrDefault(text);
                texts[text] = (bytes + size, count + 1);
            }
            else if (name == "Microsoft.AspNetCore.Components.Rendering.ComponentState")
            {
                var component = obj.ReadObjectField("<Component>k__BackingField").Type?.Name ?? "?";
                var (bytes, frames) = RenderBuffersOf(obj);
                var current = components.GetValueOrDefault(component);
                components[component] = (current.Bytes + bytes, current.Frames + frames, current.Count + 1);
            }
            foreach (var reference in obj.EnumerateReferenceAddresses(carefully: true))
            {
                if (reference != 0 && !seen.Contains(reference)) pending.Push(reference);
            }
        }
        strings = [.. texts.Select(t => (t.Key.Replace("\n", "\\n", StringComparison.Ordinal), t.Value.Bytes, t.Value.Count))];
        FramesByComponent.AddRange(components.Select(c => (c.Key, c.Value.Bytes, c.Value.Frames, c.Value.Count)));
    }

    // A component keeps two render-tree builders (the current tree and the previous one, for the next diff).
    private static (long Bytes, long Frames) RenderBuffersOf(ClrObject componentState)
    {
        long bytes = 0, frames = 0;
        foreach (var field in componentState.Type!.Fields)
        {
            if (field.Type?.Name != "Microsoft.AspNetCore.Components.Rendering.RenderTreeBuilder") continue;
            var builder = field.ReadObject(componentState.Address, interior: false);
            if (builder.IsNull) continue;
            var entries = builder.ReadObjectField("_entries");
            if (entries.IsNull) continue;
            var items = entries.ReadObjectField("_items");
            if (!items.IsNull) bytes += (long)items.Size;
            frames += entries.ReadField<int>("_itemsInUse");
        }
        return (bytes, frames);
    }
}
