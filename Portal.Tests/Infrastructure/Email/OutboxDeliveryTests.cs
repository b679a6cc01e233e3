using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Infrastructure.Email;
using Portal.App.Infrastructure.Email.Templates;
using Portal.Tests.Support;
using Portal.App.Features.Accounts.Recovery.Emails;

namespace Portal.Tests.Infrastructure.Email;

public sealed class OutboxDeliveryTests : IDisposable
{
    private readonly ControlledPortal portal = new();

    [Fact]
    public async Task A_message_is_delivered_and_its_bodies_are_erased()
    {
        var id = await portal.QueueAsync();

        await portal.Dispatcher.DispatchDueAsync(default);

        var message = await portal.MessageAsync(id);
        Assert.Equal(OutboxStatus.Sent, message.Status);
        Assert.Equal($"provider-{id:N}", message.ProviderMessageId);
        Assert.Equal(portal.Clock.GetUtcNow(), message.SentAt);
        Assert.Empty(message.HtmlBody);
        Assert.Empty(message.TextBody);
        var delivered = Assert.Single(portal.Provider.Inbox);
        Assert.Contains("test.parent", delivered.TextBody);
    }

    [Fact]
    public async Task A_message_queued_while_the_provider_is_down_is_delivered_once_after_it_recovers()
    {
        portal.Provider.GoDown();
        var id = await portal.QueueAsync();

        await portal.Dispatcher.DispatchDueAsync(default);
        var waiting = await portal.MessageAsync(id);
        Assert.Equal(OutboxStatus.Pending, waiting.Status);
        Assert.Equal(1, waiting.Attempts);
        Assert.Equal("503 Service Unavailable", waiting.LastError);
        Assert.Equal(portal.Clock.GetUtcNow() + TimeSpan.FromSeconds(30), waiting.NextAttemptAt);

        portal.Provider.ComeBack();
        await portal.Dispatcher.DispatchDueAsync(default);
        Assert.Equal(OutboxStatus.Pending, (await portal.MessageAsync(id)).Status); // not due yet

        portal.Clock.Advance(TimeSpan.FromSeconds(30));
        await portal.Dispatcher.DispatchDueAsync(default);
        await portal.Dispatcher.DispatchDueAsync(default);

        Assert.Equal(OutboxStatus.Sent, (await portal.MessageAsync(id)).Status);
        Assert.Single(portal.Provider.Inbox);
        Assert.Equal(2, portal.Provider.Attempts.Count);
    }

    [Fact]
    public async Task Retries_wait_longer_each_time_and_honour_a_longer_retry_after()
    {
        portal.Provider.GoDown();
        var id = await portal.QueueAsync();
        var waits = new List<TimeSpan>();

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var before = portal.Clock.GetUtcNow();
            await portal.Dispatcher.DispatchDueAsync(default);
            var next = (await portal.MessageAsync(id)).NextAttemptAt;
            waits.Add(next - before);
            portal.Clock.SetUtcNow(next);
        }
        portal.Provider.GoDown(retryAfter: TimeSpan.FromMinutes(30));
        var start = portal.Clock.GetUtcNow();
        await portal.Dispatcher.DispatchDueAsync(default);

        Assert.Equal([TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(4)], waits);
        Assert.Equal(start + TimeSpan.FromMinutes(30), (await portal.MessageAsync(id)).NextAttemptAt);
    }

    [Fact]
    public async Task A_permanent_rejection_fails_the_message_without_retrying()
    {
        portal.Provider.Answer = _ => new DeliveryResult.Permanent("The to address is invalid");
        var id = await portal.QueueAsync();

        await portal.Dispatcher.DispatchDueAsync(default);
        portal.Clock.Advance(TimeSpan.FromDays(1));
        await portal.Dispatcher.DispatchDueAsync(default);

        var message = await portal.MessageAsync(id);
        Assert.Equal(OutboxStatus.Failed, message.Status);
        Assert.Equal("The to address is invalid", message.LastError);
        Assert.Single(portal.Provider.Attempts);
        Assert.Contains(portal.Logs.Entries, e => e.Level == Microsoft.Extensions.Logging.LogLevel.Error
            && e.Message.Contains("failed for good") && Equals(e.Scopes.GetValueOrDefault("OutboxMessageId"), id));
    }

    [Fact]
    public async Task A_message_that_keeps_failing_is_given_up_after_the_last_attempt()
    {
        portal.Provider.GoDown();
        var id = await portal.QueueAsync();

        for (var attempt = 0; attempt < 10; attempt++)
        {
            await portal.Dispatcher.DispatchDueAsync(default);
            portal.Clock.SetUtcNow((await portal.MessageAsync(id)).NextAttemptAt);
        }

        var message = await portal.MessageAsync(id);
        Assert.Equal(OutboxStatus.Failed, message.Status);
        Assert.Equal(10, message.Attempts);
        Assert.StartsWith("Gave up after 10 attempts", message.LastError);
    }

    [Fact]
    public async Task A_crash_after_the_provider_accepted_a_message_leaves_recipients_one_copy()
    {
        using var crash = new CancellationTokenSource();
        portal.Provider.AfterAccepting = _ => crash.Cancel(); // the process dies before recording "sent"
        var id = await portal.QueueAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => portal.Dispatcher.DispatchDueAsync(crash.Token));
        portal.Provider.AfterAccepting = null;

        // Still leased to the dead dispatcher: nobody sends it again until the lease runs out.
        portal.Clock.Advance(TimeSpan.FromMinutes(1));
        await portal.Dispatcher.DispatchDueAsync(default);
        Assert.Single(portal.Provider.Attempts);

        portal.Clock.Advance(TimeSpan.FromMinutes(1.5));
        await portal.Dispatcher.DispatchDueAsync(default);

        Assert.Equal(OutboxStatus.Sent, (await portal.MessageAsync(id)).Status);
        Assert.Equal(2, portal.Provider.Attempts.Count);
        Assert.Equal(portal.Provider.Attempts.First().MessageId("dcss.example.gov"), portal.Provider.Attempts.Last().MessageId("dcss.example.gov"));
        Assert.Single(portal.Provider.Inbox);
    }

    [Fact]
    public Task Two_dispatchers_running_at_once_send_each_message_once() => TwoDispatchersSendEachMessageOnceAsync(portal);

    [PostgresFact, Trait(PostgresFactAttribute.Trait, PostgresFactAttribute.Postgres)]
    public Task On_PostgreSQL_two_dispatchers_running_at_once_send_each_message_once() =>
        PostgresDatabase.WithPortalAsync(database => new ControlledPortal(postgres: database), TwoDispatchersSendEachMessageOnceAsync);

    private static async Task TwoDispatchersSendEachMessageOnceAsync(ControlledPortal portal)
    {
        for (var i = 0; i < 60; i++) await portal.QueueAsync(to: $"parent{i}@example.net");
        var second = ActivatorUtilities.CreateInstance<OutboxDispatcher>(portal.Services);

        await Task.WhenAll(Task.Run(() => portal.Dispatcher.DispatchDueAsync(default)), Task.Run(() => second.DispatchDueAsync(default)));

        Assert.Equal(60, portal.Provider.Attempts.Count);
        Assert.Equal(60, portal.Provider.Attempts.Select(a => a.Id).Distinct().Count());
        await using var db = await portal.CreateDbContextAsync();
        Assert.Equal(60, await db.OutboxMessages.CountAsync(m => m.Status == OutboxStatus.Sent));
    }

    [Fact]
    public async Task A_message_is_queued_only_if_the_change_that_caused_it_commits()
    {
        var outbox = portal.Services.GetRequiredService<EmailOutbox>();
        await using (var db = await portal.CreateDbContextAsync())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await outbox.QueueAsync(db, new EmailRecipient("parent@example.net", null, "en-US"), new UsernameReminderEmail("Parent", "parent"));
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        await portal.Dispatcher.DispatchDueAsync(default);

        await using var check = await portal.CreateDbContextAsync();
        Assert.False(await check.OutboxMessages.AnyAsync());
        Assert.Empty(portal.Provider.Attempts);
    }

    [Fact]
    public async Task Queueing_never_calls_the_provider()
    {
        portal.Provider.Answer = _ => throw new InvalidOperationException("the request must not wait on the provider");

        await portal.QueueAsync();

        Assert.Empty(portal.Provider.Attempts);
    }

    [Fact]
    public async Task A_blip_is_retried_within_the_same_attempt()
    {
        using var patient = new ControlledPortal { ImmediateRetries = 2 };
        var calls = 0;
        patient.Provider.Answer = email => ++calls == 1 ? new DeliveryResult.Transient("connection reset") : new DeliveryResult.Delivered("ok");
        var id = await patient.QueueAsync();

        await patient.Dispatcher.DispatchDueAsync(default);

        var message = await patient.MessageAsync(id);
        Assert.Equal(OutboxStatus.Sent, message.Status);
        Assert.Equal(1, message.Attempts);
        Assert.Equal(2, patient.Provider.Attempts.Count);
    }

    public void Dispose() => portal.Dispose();
}
