using System.Globalization;
using System.Threading.Channels;
using Microsoft.Extensions.Options;
using Npgsql;
using Portal.App.Platform.Live;

namespace Portal.App.Infrastructure.Data;

/// <summary>
/// Live updates between the portal's instances over PostgreSQL's LISTEN/NOTIFY, chosen with the PostgreSQL provider.
/// Publishing adds the message to the LiveUpdates log and notifies it in one statement (ids only, well under NOTIFY's
/// 8,000 bytes). Each instance listens on one dedicated connection, waiting in WaitAsync and asking the server the time
/// every PingEvery. When the connection drops it reconnects (pausing longer after each failure) and replays from the log
/// what was published since it last heard the server, with a margin: NOTIFY keeps nothing for a listener that is away,
/// and the log's ids make the replay exact. Its own messages it skips: it delivered them already.
/// </summary>
public sealed partial class PostgresLiveUpdateBus : BackgroundService, ILiveUpdateBus
{
    private const string Channel = "portal_live";

    // Replay starts this long before the last time the listener heard the server: a publisher's row is stamped when
    // its statement starts, a moment before it commits.
    private static readonly TimeSpan ReplayMargin = TimeSpan.FromSeconds(5);

    // Ids already delivered, so the replay's overlap is not delivered twice: the newest ones, far more than a margin holds.
    private const int RememberedIds = 20_000;

    private readonly string instance = Guid.NewGuid().ToString("N");
    private readonly NpgsqlDataSource publisher;
    private readonly string listenerConnection;
    private readonly LiveUpdatesOptions options;
    private readonly ILogger<PostgresLiveUpdateBus> logger;
    private readonly Lock gate = new();
    private readonly Dictionary<string, Func<string, Task>[]> subscribers = [];
    private readonly Channel<Received> received = System.Threading.Channels.Channel.CreateUnbounded<Received>(new UnboundedChannelOptions { SingleReader = true });
    private readonly HashSet<long> delivered = [];
    private readonly Queue<long> deliveredOrder = new();
    private volatile bool listening;

    public PostgresLiveUpdateBus(string connectionString, IOptions<LiveUpdatesOptions> options, ILogger<PostgresLiveUpdateBus> logger)
    {
        publisher = NpgsqlDataSource.Create(connectionString);
        // Its own session, never pooled: LISTEN belongs to the session, and a pool would hand it to someone else.
        listenerConnection = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, ApplicationName = ListenerName, TcpKeepAlive = true }.ConnectionString;
        this.options = options.Value;
        this.logger = logger;
    }

    /// <summary>The listener's application_name on the server (pg_stat_activity): "portal-live" and this instance's id.</summary>
    public string ListenerName => $"portal-live-{instance[..12]}";

    /// <summary>Whether this instance hears the others now (for the health check and the tests).</summary>
    public bool IsListening => listening;

    /// <summary>How many times the listener has connected (for the tests: a reconnect shows).</summary>
    public int Connections { get; private set; }

    public async Task PublishAsync(string topic, string message)
    {
        ArgumentException.ThrowIfNullOrEmpty(topic);
        ArgumentNullException.ThrowIfNull(message);
        if (message.Length > ILiveUpdateBus.MaxMessageLength) throw new ArgumentException("A live update carries ids only.", nameof(message));
        try
        {
            await using var command = publisher.CreateCommand(
                """
                WITH added AS (INSERT INTO "LiveUpdates" ("Instance", "Topic", "Message") VALUES ($1, $2, $3) RETURNING "Id")
                SELECT pg_notify('portal_live', "Id" || '|' || $1 || '|' || $2 || '|' || $3) FROM added
                """);
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = instance });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = topic });
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = message });
            await command.ExecuteNonQueryAsync();
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or TimeoutException)
        {
            // The change is committed and this instance's pages have it; the others see it on their next read.
            LogPublishFailed(logger, topic, ex);
        }
    }

    public IDisposable Subscribe(string topic, Func<string, Task> onMessage)
    {
        ArgumentException.ThrowIfNullOrEmpty(topic);
        ArgumentNullException.ThrowIfNull(onMessage);
        lock (gate) subscribers[topic] = subscribers.TryGetValue(topic, out var current) ? [.. current, onMessage] : [onMessage];
        return new Unsubscriber(() =>
        {
            lock (gate)
            {
                if (subscribers.TryGetValue(topic, out var current)) subscribers[topic] = [.. current.Where(h => h != onMessage)];
            }
        });
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delivering = Task.Run(DeliverAsync, CancellationToken.None);
        var pause = options.ReconnectDelay;
        DateTimeOffset? heardAt = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(listenerConnection);
                await connection.OpenAsync(stoppingToken);
                connection.Notification += (_, e) => Receive(e.Payload);
                await ExecuteAsync(connection, $"LISTEN {Channel}", stoppingToken);
                Connections++;
                // Listening from here on: what was published before, since the listener last heard the server, is in the log.
                var now = await ServerTimeAsync(connection, stoppingToken);
                if (heardAt is { } since) await ReplayAsync(connection, since - ReplayMargin, stoppingToken);
                heardAt = now;
                listening = true;
                pause = options.ReconnectDelay;
                // Asked every PingEvery however busy the channel is, so a replay never starts further back than that.
                var sincePing = System.Diagnostics.Stopwatch.StartNew();
                while (true)
                {
                    // Whole milliseconds, at least one: a wait of 0 ms would be a wait without end.
                    var quietFor = (int)Math.Ceiling((options.PingEvery - sincePing.Elapsed).TotalMilliseconds);
                    if (quietFor > 0) await connection.WaitAsync(quietFor, stoppingToken);
                    if (sincePing.Elapsed < options.PingEvery) continue;
                    heardAt = await ServerTimeAsync(connection, stoppingToken);
                    await PruneAsync(connection, stoppingToken);
                    sincePing.Restart();
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex) when (ex is NpgsqlException or IOException or TimeoutException or InvalidOperationException)
            {
                listening = false;
                LogListenerLost(logger, pause, ex);
                try
                {
                    await Task.Delay(pause, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
                pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, options.MaxReconnectDelay.Ticks));
            }
        }
        listening = false;
        received.Writer.TryComplete();
        await delivering;
    }

    public override void Dispose()
    {
        base.Dispose();
        publisher.Dispose();
    }

    // On the connection's thread, inside WaitAsync: only queued, so a slow subscriber never holds the listener up.
    private void Receive(string payload)
    {
        var parts = payload.Split('|', 4);
        if (parts.Length == 4 && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id) && parts[1] != instance)
        {
            received.Writer.TryWrite(new Received(id, parts[2], parts[3]));
        }
    }

    private async Task ReplayAsync(NpgsqlConnection connection, DateTimeOffset since, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            "SELECT \"Id\", \"Topic\", \"Message\" FROM \"LiveUpdates\" WHERE \"PublishedAt\" >= $1 AND \"Instance\" <> $2 ORDER BY \"Id\"", connection);
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = since });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = instance });
        await using var reader = await command.ExecuteReaderAsync(ct);
        var replayed = 0;
        while (await reader.ReadAsync(ct))
        {
            received.Writer.TryWrite(new Received(reader.GetInt64(0), reader.GetString(1), reader.GetString(2)));
            replayed++;
        }
        LogReplayed(logger, replayed, since);
    }

    // One message at a time, in the order heard, each once.
    private async Task DeliverAsync()
    {
        await foreach (var message in received.Reader.ReadAllAsync(CancellationToken.None))
        {
            if (!delivered.Add(message.Id)) continue;
            deliveredOrder.Enqueue(message.Id);
            if (deliveredOrder.Count > RememberedIds) delivered.Remove(deliveredOrder.Dequeue());
            Func<string, Task>[]? handlers;
            lock (gate) subscribers.TryGetValue(message.Topic, out handlers);
            foreach (var handler in handlers ?? [])
            {
                try
                {
                    await handler(message.Message);
                }
                catch (Exception ex)
                {
                    LogSubscriberFailed(logger, message.Topic, ex);
                }
            }
        }
    }

    // Each instance, at each ping: the log holds KeepFor's updates, however long the instances stay connected.
    private Task PruneAsync(NpgsqlConnection connection, CancellationToken ct) =>
        ExecuteAsync(connection, $"DELETE FROM \"LiveUpdates\" WHERE \"PublishedAt\" < now() - interval '{(int)options.KeepFor.TotalSeconds} seconds'", ct);

    private static async Task<DateTimeOffset> ServerTimeAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("SELECT now()", connection);
        return new DateTimeOffset(DateTime.SpecifyKind((DateTime)(await command.ExecuteScalarAsync(ct))!, DateTimeKind.Utc));
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A live update ({Topic}) could not be sent to the other instances")]
    private static partial void LogPublishFailed(ILogger logger, string topic, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The live-update listener lost its connection; reconnecting in {Pause}")]
    private static partial void LogListenerLost(ILogger logger, TimeSpan pause, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "The live-update listener is back: {Count} updates published since {Since} read again from the log")]
    private static partial void LogReplayed(ILogger logger, int count, DateTimeOffset since);

    [LoggerMessage(Level = LogLevel.Error, Message = "A subscriber failed to handle a live update ({Topic}) from another instance")]
    private static partial void LogSubscriberFailed(ILogger logger, string topic, Exception exception);

    private sealed record Received(long Id, string Topic, string Message);
}
