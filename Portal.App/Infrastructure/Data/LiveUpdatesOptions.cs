namespace Portal.App.Infrastructure.Data;

/// <summary>How the instances' live-update listener (<see cref="PostgresLiveUpdateBus"/>) keeps its connection.</summary>
public sealed class LiveUpdatesOptions
{
    public const string Section = "LiveUpdates";

    /// <summary>The listener asks the server the time this often: a dead connection shows, and a replay knows where to start.</summary>
    public TimeSpan PingEvery { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The first pause before reconnecting; it doubles on each failure, up to <see cref="MaxReconnectDelay"/>.</summary>
    public TimeSpan ReconnectDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxReconnectDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long the log keeps an update for instances that were away.</summary>
    public TimeSpan KeepFor { get; set; } = TimeSpan.FromHours(1);
}
