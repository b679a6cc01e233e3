namespace Portal.App.Infrastructure.Web;

/// <summary>
/// The live circuit connections per client address and per signed-in account. A socket or server-sent-events
/// connection counts from the moment its request is let through until that request ends, which is when the circuit's
/// connection closes. A long-polling connection has no such request, so it counts per connection token from its first
/// poll until the transport's DELETE, a poll the hub ends (the connection is gone), or <see cref="LongPollGrace"/>
/// without a poll. A dropped circuit kept for its tab to resume does not count (the framework bounds those for
/// everyone together), so a tab can always reconnect.
/// </summary>
public sealed class CircuitConnectionCounter(TimeProvider time)
{
    /// <summary>
    /// How long a long-polling connection keeps its place with no poll open: the client sends the next poll as soon
    /// as one returns, so one that has sent none for this long has gone without its DELETE.
    /// </summary>
    public static readonly TimeSpan LongPollGrace = TimeSpan.FromSeconds(30);

    private readonly Lock gate = new();
    private readonly Dictionary<string, int> perAddress = [];
    private readonly Dictionary<string, int> perAccount = [];
    private readonly Dictionary<string, PolledConnection> polled = new(StringComparer.Ordinal);

    /// <summary>Whether one more connection fits, without taking it (a negotiation, which opens nothing yet).</summary>
    public bool HasRoom(string address, string? account, CircuitProtectionOptions limits)
    {
        lock (gate)
        {
            ForgetSilentPolling();
            return Fits(address, account, limits);
        }
    }

    /// <summary>Takes a place for one connection; dispose it when the connection ends. Null when the client is at its limit.</summary>
    public IDisposable? TryOpen(string address, string? account, CircuitProtectionOptions limits)
    {
        lock (gate)
        {
            ForgetSilentPolling();
            if (!Fits(address, account, limits)) return null;
            Take(address, account);
        }
        return new Place(this, address, account);
    }

    /// <summary>
    /// A poll of the long-polling connection <paramref name="connectionToken"/>: the first takes the connection's
    /// place, later ones keep it. False when the client is at its limit; call <see cref="EndPoll"/> when a poll that
    /// was let through ends.
    /// </summary>
    public bool TryStartPoll(string connectionToken, string address, string? account, CircuitProtectionOptions limits)
    {
        lock (gate)
        {
            ForgetSilentPolling();
            if (!polled.TryGetValue(connectionToken, out var connection))
            {
                if (!Fits(address, account, limits)) return false;
                Take(address, account);
                connection = new PolledConnection(address, account);
                polled[connectionToken] = connection;
            }
            connection.OpenPolls++;
            return true;
        }
    }

    /// <summary>A poll ended; <paramref name="connectionGone"/> when the hub said the connection is over (or never was).</summary>
    public void EndPoll(string connectionToken, bool connectionGone)
    {
        lock (gate)
        {
            if (!polled.TryGetValue(connectionToken, out var connection)) return;
            connection.OpenPolls--;
            connection.LastPollEnded = time.GetUtcNow();
            if (connectionGone) Release(connectionToken, connection);
        }
    }

    /// <summary>The long-polling transport's DELETE: the connection gives its place back.</summary>
    public void CloseLongPolling(string connectionToken)
    {
        lock (gate)
        {
            if (polled.TryGetValue(connectionToken, out var connection)) Release(connectionToken, connection);
        }
    }

    private bool Fits(string address, string? account, CircuitProtectionOptions limits) =>
        perAddress.GetValueOrDefault(address) < limits.MaxPerAddress
        && (account is null || perAccount.GetValueOrDefault(account) < limits.MaxPerAccount);

    private void Take(string address, string? account)
    {
        Add(perAddress, address, +1);
        if (account is not null) Add(perAccount, account, +1);
    }

    private void Close(string address, string? account)
    {
        lock (gate)
        {
            Add(perAddress, address, -1);
            if (account is not null) Add(perAccount, account, -1);
        }
    }

    private void Release(string connectionToken, PolledConnection connection)
    {
        polled.Remove(connectionToken);
        Add(perAddress, connection.Address, -1);
        if (connection.Account is not null) Add(perAccount, connection.Account, -1);
    }

    // Swept whenever a place is asked for, so a client that vanished without its DELETE never holds one for long.
    private void ForgetSilentPolling()
    {
        if (polled.Count == 0) return;
        var silentSince = time.GetUtcNow() - LongPollGrace;
        foreach (var (token, connection) in polled.Where(p => p.Value.OpenPolls == 0 && p.Value.LastPollEnded < silentSince).ToList())
        {
            Release(token, connection);
        }
    }

    // Entries at zero are removed, so the dictionaries hold only clients with a live connection.
    private static void Add(Dictionary<string, int> counts, string key, int change)
    {
        var count = counts.GetValueOrDefault(key) + change;
        if (count <= 0) counts.Remove(key);
        else counts[key] = count;
    }

    private sealed class PolledConnection(string address, string? account)
    {
        public string Address { get; } = address;
        public string? Account { get; } = account;
        public int OpenPolls { get; set; }
        public DateTimeOffset LastPollEnded { get; set; }
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
