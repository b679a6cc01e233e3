using Portal.App.Features.Cases.Records;
using Portal.App.Features.Cases.Shared;
using Portal.Domain.Payments;

namespace Portal.Tests.Features.Cases.Dashboard;

public sealed class CaseDashboardFeedTests(DashboardTestPortal portal) : IClassFixture<DashboardTestPortal>
{
    [Fact]
    public async Task Every_dashboard_of_a_case_gets_the_same_refreshed_data_loaded_once()
    {
        var feed = portal.Get<CaseDashboardFeed>();
        var received = new List<CaseDashboardRefresh>();
        var allThree = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var subscriptions = Enumerable.Range(0, 3)
            .Select(_ => feed.Subscribe(DashboardCases.Arrears, r =>
            {
                lock (received)
                {
                    received.Add(r);
                    if (received.Count == 3) allThree.SetResult();
                }
                return Task.CompletedTask;
            }))
            .ToList();
        var others = 0;
        using var other = feed.Subscribe(DashboardCases.Empty, _ => { others++; return Task.CompletedTask; });

        await portal.Writer.RecordPaymentAsync(new NewPayment(DashboardCases.Arrears.Digits, "F-0001", new DateOnly(2026, 11, 22), 250m, PaymentSource.DirectPayment));
        // Delivered by the case's worker after the writer returned.
        await allThree.Task.WaitAsync(TimeSpan.FromSeconds(30));
        subscriptions.ForEach(s => s.Dispose());

        Assert.Equal(3, received.Count);
        Assert.All(received, r => Assert.Same(received[0].Data, r.Data));
        Assert.Equal("F-0001", received[0].Data.FirstPaymentsPage.Rows[0].ReceiptNumber);
        Assert.Equal(0, others);
    }

    [Fact]
    public async Task Many_dashboards_of_a_case_get_every_update_in_order_and_one_closed_meanwhile_gets_none()
    {
        var feed = portal.Get<CaseDashboardFeed>();
        const int count = 40; // more than one slice of dashboards
        var received = Enumerable.Range(0, count).Select(_ => new List<string>()).ToArray();
        var subscriptions = new IDisposable[count];
        var lastGotBoth = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        for (var i = 0; i < count; i++)
        {
            var index = i;
            subscriptions[i] = feed.Subscribe(DashboardCases.Arrears, r =>
            {
                // The first dashboard's viewer closes the last one's page while the update is being handed out.
                if (index == 0) subscriptions[count - 1].Dispose();
                received[index].Add(r.Update.Payment!.ReceiptNumber);
                if (index == count - 2 && received[index].Count == 2) lastGotBoth.SetResult();
                return Task.CompletedTask;
            });
        }

        await portal.Writer.RecordPaymentAsync(new NewPayment(DashboardCases.Arrears.Digits, "F-0301", new DateOnly(2026, 11, 22), 10m, PaymentSource.DirectPayment));
        await portal.Writer.RecordPaymentAsync(new NewPayment(DashboardCases.Arrears.Digits, "F-0302", new DateOnly(2026, 11, 22), 20m, PaymentSource.DirectPayment));
        await lastGotBoth.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Array.ForEach(subscriptions, s => s.Dispose());

        Assert.All(received[..^1], r => Assert.Equal(["F-0301", "F-0302"], r));
        Assert.Empty(received[^1]);
    }

    [Fact]
    public async Task The_writer_returns_after_the_commit_without_waiting_for_the_dashboards()
    {
        var feed = portal.Get<CaseDashboardFeed>();
        var rendering = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        // A dashboard that is still rendering when the writer is done.
        using var slow = feed.Subscribe(DashboardCases.Many, _ => { reached.TrySetResult(); return rendering.Task; });

        var outcome = await portal.Writer.RecordPaymentAsync(new NewPayment(DashboardCases.Many.Digits, "F-0101", new DateOnly(2026, 11, 22), 15m, PaymentSource.DirectPayment))
            .WaitAsync(TimeSpan.FromSeconds(30));

        Assert.IsType<Portal.App.Features.Cases.Shared.RecordResult.Recorded>(outcome);
        await reached.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.False(rendering.Task.IsCompleted);
        rendering.SetResult();
    }

    [Fact]
    public void The_last_dashboard_to_close_ends_the_case_subscription()
    {
        var feed = portal.Get<CaseDashboardFeed>();
        var first = feed.Subscribe(DashboardCases.Credit, _ => Task.CompletedTask);
        var second = feed.Subscribe(DashboardCases.Credit, _ => Task.CompletedTask);
        Assert.Equal(1, portal.Notifier.SubscriberCount(DashboardCases.Credit));

        first.Dispose();
        Assert.Equal(1, feed.DashboardCount(DashboardCases.Credit));
        second.Dispose();

        Assert.Equal(0, feed.DashboardCount(DashboardCases.Credit));
        Assert.Equal(0, portal.Notifier.SubscriberCount(DashboardCases.Credit));
    }

    [Fact]
    public async Task Dashboards_that_open_on_a_followed_case_share_one_copy_of_its_data()
    {
        var feed = portal.Get<CaseDashboardFeed>();
        using var first = feed.Subscribe(DashboardCases.Many, _ => Task.CompletedTask);
        var firstData = await feed.CurrentAsync(DashboardCases.Many);
        using var second = feed.Subscribe(DashboardCases.Many, _ => Task.CompletedTask);

        Assert.NotNull(firstData);
        Assert.Same(firstData, await feed.CurrentAsync(DashboardCases.Many));
    }

    [Fact]
    public async Task A_dashboard_that_opens_after_an_update_shows_it_not_the_copy_from_before()
    {
        var feed = portal.Get<CaseDashboardFeed>();
        using var open = feed.Subscribe(DashboardCases.Empty, _ => Task.CompletedTask);
        var before = await feed.CurrentAsync(DashboardCases.Empty);

        await portal.Writer.RecordPaymentAsync(new NewPayment(DashboardCases.Empty.Digits, "F-0201", new DateOnly(2026, 11, 22), 40m, PaymentSource.DirectPayment));
        // The writer has returned: the update was announced, so the old copy is no longer handed out, reloaded or not.
        var after = await feed.CurrentAsync(DashboardCases.Empty);

        Assert.DoesNotContain(before!.FirstPaymentsPage.Rows, r => r.ReceiptNumber == "F-0201");
        Assert.Equal("F-0201", after!.FirstPaymentsPage.Rows[0].ReceiptNumber);
    }

    [Fact]
    public async Task A_copy_from_yesterday_is_not_handed_out_because_the_figures_depend_on_the_date()
    {
        var feed = portal.Get<CaseDashboardFeed>();
        using var open = feed.Subscribe(DashboardCases.Credit, _ => Task.CompletedTask);
        var yesterday = await feed.CurrentAsync(DashboardCases.Credit);

        portal.Clock.Advance(TimeSpan.FromDays(1));

        Assert.NotSame(yesterday, await feed.CurrentAsync(DashboardCases.Credit));
    }
}
