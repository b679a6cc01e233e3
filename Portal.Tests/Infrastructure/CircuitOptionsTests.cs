using Microsoft.AspNetCore.Components.Server;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Tests.Support;

namespace Portal.Tests.Infrastructure;

public sealed class CircuitOptionsTests
{
    [Fact]
    public void The_app_keeps_disconnected_circuits_and_their_persisted_state_as_long_as_the_README_says()
    {
        using var app = new PortalAppFactory();

        var options = app.Services.GetRequiredService<IOptions<CircuitOptions>>().Value;

        Assert.Equal(1_000, options.DisconnectedCircuitMaxRetained);
        Assert.Equal(TimeSpan.FromMinutes(3), options.DisconnectedCircuitRetentionPeriod);
        Assert.Equal(1_000, options.PersistedCircuitInMemoryMaxRetained);
        Assert.Equal(TimeSpan.FromMinutes(30), options.PersistedCircuitInMemoryRetentionPeriod);
    }
}
