namespace Portal.App.Infrastructure.Data;

/// <summary>
/// One live update as an instance published it (<see cref="PostgresLiveUpdateBus"/>), kept a while so an instance that
/// lost its connection can replay what it missed: NOTIFY keeps nothing for a listener that is away. PostgreSQL only.
/// </summary>
public sealed class LiveUpdateRecord
{
    public long Id { get; private set; }

    /// <summary>The publishing instance, which delivered the update itself and skips it when it comes back.</summary>
    public string Instance { get; private set; } = "";

    public string Topic { get; private set; } = "";

    /// <summary>Ids only (<see cref="Platform.Live.ILiveUpdateBus.MaxMessageLength"/>).</summary>
    public string Message { get; private set; } = "";

    /// <summary>The database's clock, so instances with different clocks agree on what came after what.</summary>
    public DateTimeOffset PublishedAt { get; private set; }
}
