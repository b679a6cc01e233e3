using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Portal.App.Platform.Diagnostics;

/// <summary>
/// Counts the circuits open on this server (and those with a live connection), so a memory reading can be divided
/// by a known number of circuits. Registered only with the perf endpoints: one singleton for every circuit.
/// </summary>
public sealed class OpenCircuitCounter : CircuitHandler
{
    private int open;
    private int connected;

    public int Open => Volatile.Read(ref open);

    public int Connected => Volatile.Read(ref connected);

    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref open);
        return Task.CompletedTask;
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        Interlocked.Decrement(ref open);
        return Task.CompletedTask;
    }

    public override Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref connected);
        return Task.CompletedTask;
    }

    public override Task OnConnectionDownAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        Interlocked.Decrement(ref connected);
        return Task.CompletedTask;
    }
}
