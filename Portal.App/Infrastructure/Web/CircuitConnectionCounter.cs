namespace Portal.App.Infrastructure.Web;

/// <summary>
/// The live circuit connections per client address and per signed-in account. A connection counts from the moment
/// its request is let through until that request ends, which is when the circuit's socket closes. A dropped
/// circuit kept for its tab to resume does not count (the framework bounds those for everyone together), so a tab
/// can always reconnect.
/// </summary>
public sealed class CircuitConnectionCounter
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, int> perAddress = [];
    private readonly Dictionary<string, int> perAccount = [];

    /// <summary>Whether one more connection fits, without taking it (a negotiation, which opens nothing yet).</summary>
    public bool HasRoom(string address, string? account, CircuitProtectionOptions limits)
    {
        lock (gate) return Fits(address, account, limits);
    }

    /// <summary>Takes a place for one connection; dispose it when the connection ends. Null when the client is at its limit.</summary>
    public IDisposable? TryOpen(string address, string? account, CircuitProtectionOptions limits)
    {
        lock (gate)
        {
            if (!Fits(address, account, limits)) return null;
            Add(perAddress, address, +1);
            if (account is not null) Add(perAccount, account, +1);
        }
        return new Place(this, address, account);
    }

    private bool Fits(string address, string? account, CircuitProtectionOptions limits) =>
        perAddress.GetValueOrDefault(address) < limits.MaxPerAddress
        && (account is null || perAccount.GetValueOrDefault(account) < limits.MaxPerAccount);

    private void Close(string address, string? account)
    {
        lock (gate)
        {
            Add(perAddress, address, -1);
            if (account is not null) Add(perAccount, account, -1);
        }
    }

    // Entries at zero are removed, so the dictionaries hold only clients with a live connection.
    private static void Add(Dictionary<string, int> counts, string key, int change)
    {
        var count = counts.GetValueOrDefault(key) + change;
        if (count <= 0) counts.Remove(key);
        else counts[key] = count;
    }

    private sealed class Place(CircuitConnectionCounter counter, string address, string? account) : IDisposable
    {
        private int closed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref closed, 1) == 0) counter.Close(address, account);
        }
    }
}
