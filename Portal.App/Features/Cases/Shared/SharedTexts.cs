using System.Runtime.CompilerServices;

namespace Portal.App.Features.Cases.Shared;

/// <summary>
/// Text worked out once per language (or other key) for an object every open dashboard of a case shows, instead of at
/// each dashboard's render: after an update, the case's dashboards render the same instances (<see cref="CaseDashboardFeed"/>),
/// so formatting once saves the CPU and, more, the strings each of a thousand renders would allocate (every gen0
/// collection inside a fan-out scans the render trees that point at them). Kept as long as the object lives.
/// </summary>
public sealed class SharedTexts<TSource, TText>
    where TSource : class
    where TText : class
{
    private readonly ConditionalWeakTable<TSource, Entries> cache = new();

    /// <summary>
    /// The text of <paramref name="source"/> under <paramref name="key"/>, written by <paramref name="write"/> the first
    /// time. <paramref name="state"/> goes to <paramref name="write"/> so it can be a static lambda: nothing is allocated
    /// when the text is known, which is every dashboard's call but the first.
    /// </summary>
    public TText Of<TState>(TSource source, string key, TState state, Func<TSource, TState, TText> write)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(write);
        var entries = cache.GetValue(source, static _ => new Entries());
        if (entries.Find(key) is { } known) return known;
        var text = write(source, state);
        entries.Add(key, text);
        return text;
    }

    // An object is shown in one language or two: a small array, replaced whole (a lost race only means writing it again).
    private sealed class Entries
    {
        private (string Key, TText Text)[] entries = [];

        public TText? Find(string key)
        {
            foreach (var entry in Volatile.Read(ref entries))
            {
                if (entry.Key == key) return entry.Text;
            }
            return null;
        }

        public void Add(string key, TText text) => Volatile.Write(ref entries, [.. Volatile.Read(ref entries), (key, text)]);
    }
}
