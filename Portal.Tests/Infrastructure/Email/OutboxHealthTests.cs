using System.Text.Json;
using Portal.Tests.Support;

namespace Portal.Tests.Infrastructure.Email;

public sealed class OutboxHealthTests : IDisposable
{
    private readonly ControlledPortal portal = new();

    [Fact]
    public async Task Health_shows_how_many_emails_wait_and_for_how_long()
    {
        portal.Provider.GoDown();
        await portal.QueueAsync();
        await portal.QueueAsync();
        portal.Clock.Advance(TimeSpan.FromMinutes(5));

        var outbox = await OutboxEntryAsync();

        Assert.Equal("Healthy", outbox.GetProperty("status").GetString());
        Assert.Equal(2, outbox.GetProperty("data").GetProperty("pending").GetInt32());
        Assert.Equal(300, outbox.GetProperty("data").GetProperty("oldestPendingAgeSeconds").GetInt64());
    }

    [Fact]
    public async Task Health_is_degraded_when_the_oldest_email_has_waited_too_long()
    {
        portal.Provider.GoDown();
        await portal.QueueAsync();
        await portal.Dispatcher.DispatchDueAsync(default);
        portal.Clock.Advance(TimeSpan.FromMinutes(20));

        var outbox = await OutboxEntryAsync();

        Assert.Equal("Degraded", outbox.GetProperty("status").GetString());
        Assert.Equal(1200, outbox.GetProperty("data").GetProperty("oldestPendingAgeSeconds").GetInt64());
    }

    [Fact]
    public async Task Sent_emails_no_longer_count_as_waiting_and_failed_ones_are_counted()
    {
        await portal.QueueAsync();
        await portal.Dispatcher.DispatchDueAsync(default);
        portal.Provider.Answer = _ => new App.Infrastructure.Email.DeliveryResult.Permanent("rejected");
        await portal.QueueAsync();
        await portal.Dispatcher.DispatchDueAsync(default);

        var outbox = await OutboxEntryAsync();

        Assert.Equal(0, outbox.GetProperty("data").GetProperty("pending").GetInt32());
        Assert.Equal(1, outbox.GetProperty("data").GetProperty("failed").GetInt32());
    }

    private async Task<JsonElement> OutboxEntryAsync()
    {
        var body = await portal.CreateClient().GetStringAsync("/health");
        return JsonDocument.Parse(body).RootElement.GetProperty("checks").GetProperty("email-outbox").Clone();
    }

    public void Dispose() => portal.Dispose();
}
