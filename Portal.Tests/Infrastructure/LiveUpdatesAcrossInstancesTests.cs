using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Portal.App.Features.Cases.Shared;
using Portal.App.Features.Cases.Shared.Messages;
using Portal.App.Infrastructure.Data;
using Portal.Domain.Payments;
using Portal.Tests.Features.Cases.Dashboard;
using Portal.Tests.Support;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// Two instances on one PostgreSQL database: what one publishes reaches the other's open pages over LISTEN/NOTIFY,
/// only those it concerns, once; and an instance that lost its connection replays what it missed.
/// </summary>
[Trait(PostgresFactAttribute.Trait, PostgresFactAttribute.Postgres)]
public sealed class LiveUpdatesAcrossInstancesTests
{
    [PostgresFact]
    public async Task A_payment_recorded_on_one_instance_reaches_the_dashboards_of_its_case_on_the_other_and_no_others()
    {
        using var database = PostgresDatabase.Create();
        using var a = new PortalAppFactory(postgres: database);
        using var b = new PortalAppFactory(postgres: database);
        await using (var db = await a.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync())
        {
            await DashboardCases.AddAsync(db);
        }
        await ListeningAsync(b);
        var onA = new ConcurrentQueue<CaseUpdate>();
        var onB = new ConcurrentQueue<CaseUpdate>();
        var otherCaseOnB = new ConcurrentQueue<CaseUpdate>();
        using var followA = a.Services.GetRequiredService<ICaseUpdateNotifier>().Subscribe(DashboardCases.Credit, Collect(onA));
        using var followB = b.Services.GetRequiredService<ICaseUpdateNotifier>().Subscribe(DashboardCases.Credit, Collect(onB));
        using var otherB = b.Services.GetRequiredService<ICaseUpdateNotifier>().Subscribe(DashboardCases.Arrears, Collect(otherCaseOnB));

        await a.Services.GetRequiredService<CaseRecordWriter>()
            .RecordPaymentAsync(new NewPayment(DashboardCases.Credit.Digits, "X-0001", new DateOnly(2026, 11, 22), 125m, PaymentSource.DirectPayment));

        var update = await SingleAsync(onB);
        Assert.Equal(CaseUpdateKind.PaymentRecorded, update.Kind);
        Assert.Equal("X-0001", update.Payment?.ReceiptNumber);
        Assert.Equal(Money.Dollars(125m), update.Payment?.Amount);
        // The publisher's own dashboards have it once (not again from the database's notification).
        await Task.Delay(500);
        Assert.Single(onA);
        Assert.Single(onB);
        Assert.Empty(otherCaseOnB);
    }

    [PostgresFact]
    public async Task A_message_update_reaches_the_parent_it_concerns_on_the_other_instance()
    {
        using var database = PostgresDatabase.Create();
        using var a = new PortalAppFactory(postgres: database);
        using var b = new PortalAppFactory(postgres: database);
        await ListeningAsync(b);
        var parent = new ConcurrentQueue<MessageUpdate>();
        var otherParent = new ConcurrentQueue<MessageUpdate>();
        var inbox = new ConcurrentQueue<MessageUpdate>();
        var updates = b.Services.GetRequiredService<MessageUpdates>();
        using var p = updates.SubscribeParent("parent-1", Collect(parent));
        using var o = updates.SubscribeParent("parent-2", Collect(otherParent));
        using var i = updates.SubscribeInbox(Collect(inbox));
        var thread = Guid.NewGuid();

        await a.Services.GetRequiredService<MessageUpdates>().PublishAsync(new MessageUpdate(thread, "parent-1"));

        Assert.Equal(thread, (await SingleAsync(parent)).ThreadId);
        Assert.Equal(thread, (await SingleAsync(inbox)).ThreadId);
        Assert.Empty(otherParent);
    }

    [PostgresFact]
    public async Task An_instance_that_lost_its_connection_replays_what_was_published_meanwhile_once()
    {
        using var database = PostgresDatabase.Create();
        using var a = new PortalAppFactory(postgres: database);
        using var b = new PortalAppFactory(postgres: database);
        // A long pause before reconnecting, so the payment is published while b is certainly not listening.
        b.Settings["LiveUpdates:ReconnectDelay"] = "00:00:03";
        await using (var db = await a.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync())
        {
            await DashboardCases.AddAsync(db);
        }
        var bus = await ListeningAsync(b);
        var onB = new ConcurrentQueue<CaseUpdate>();
        using var follow = b.Services.GetRequiredService<ICaseUpdateNotifier>().Subscribe(DashboardCases.Credit, Collect(onB));

        await using (var connection = new NpgsqlConnection(database.ConnectionString))
        {
            await connection.OpenAsync();
            await using var kill = new NpgsqlCommand("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1", connection);
            kill.Parameters.Add(new NpgsqlParameter<string> { TypedValue = bus.ListenerName });
            await kill.ExecuteNonQueryAsync();
        }
        await Eventually.TrueAsync(() => !bus.IsListening, "the listener to notice");
        Assert.Equal("Degraded", await LiveUpdatesHealthAsync(b));
        await a.Services.GetRequiredService<CaseRecordWriter>()
            .RecordPaymentAsync(new NewPayment(DashboardCases.Credit.Digits, "X-0002", new DateOnly(2026, 11, 22), 40m, PaymentSource.DirectPayment));
        Assert.Empty(onB);

        var update = await SingleAsync(onB);
        Assert.Equal("X-0002", update.Payment?.ReceiptNumber);
        Assert.Equal(2, bus.Connections);
        Assert.Equal("Healthy", await LiveUpdatesHealthAsync(b));
        await Task.Delay(500);
        Assert.Single(onB);
    }

    private static async Task<string?> LiveUpdatesHealthAsync(PortalAppFactory portal)
    {
        using var client = portal.CreateClient();
        using var health = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync(new Uri("/health", UriKind.Relative)));
        return health.RootElement.GetProperty("checks").GetProperty("live-updates").GetProperty("status").GetString();
    }

    [PostgresFact]
    public async Task The_log_keeps_updates_for_its_time_only()
    {
        using var database = PostgresDatabase.Create();
        using var portal = new PortalAppFactory(postgres: database);
        portal.Settings["LiveUpdates:KeepFor"] = "00:00:01";
        portal.Settings["LiveUpdates:PingEvery"] = "00:00:00.200";
        await ListeningAsync(portal);

        await portal.Services.GetRequiredService<MessageUpdates>().PublishAsync(new MessageUpdate(Guid.NewGuid(), "parent-1"));
        Assert.Equal(1, await LogRowsAsync(database));

        await Eventually.TrueAsync(async () => await LogRowsAsync(database) == 0, "the log to be pruned");
    }

    private static async Task<long> LogRowsAsync(PostgresDatabase database)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM \"LiveUpdates\"", connection);
        return (long)(await count.ExecuteScalarAsync())!;
    }

    private static async Task<PostgresLiveUpdateBus> ListeningAsync(PortalAppFactory portal)
    {
        var bus = portal.Services.GetRequiredService<PostgresLiveUpdateBus>();
        await Eventually.TrueAsync(() => bus.IsListening, "the listener");
        return bus;
    }

    private static Func<T, Task> Collect<T>(ConcurrentQueue<T> into) => update =>
    {
        into.Enqueue(update);
        return Task.CompletedTask;
    };

    private static async Task<T> SingleAsync<T>(ConcurrentQueue<T> received)
    {
        await Eventually.TrueAsync(() => !received.IsEmpty, "the other instance");
        return Assert.Single(received);
    }
}
