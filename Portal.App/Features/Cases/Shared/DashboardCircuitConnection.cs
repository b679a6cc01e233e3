using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Portal.App.Features.Cases.Shared;

/// <summary>
/// Whether this circuit's browser is connected. While it is not, live dashboards keep the latest update
/// instead of rendering it (nobody would see the render), and render once when the browser is back.
/// </summary>
public sealed class DashboardCircuitConnection : CircuitHandler
{
    private volatile bool connected = true;

    public bool IsConnected => connected;

    /// <summary>Raised when the browser reconnects to the circuit.</summary>
    public event Action? Reconnected;

    public override Task OnConnectionDownAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        connected = false;
        return Task.CompletedTask;
    }

    public override Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        connected = true;
        Reconnected?.Invoke();
        return Task.CompletedTask;
    }
}
