using Portal.App.Features.CaseRecords;
using Portal.App.Features.Dashboard;
using Portal.Domain.Payments;

namespace Portal.Tests.Features.Dashboard;

public sealed class CaseDashboardFeedTests(DashboardTestPortal portal) : IClassFixture<DashboardTestPortal>
{
    [Fact]
    public async Task Every_dashboard_of_a_case_gets_the_same_refreshed_data_loaded_once()
    {
        var feed = portal.Get<CaseDashboardFeed>();
        var received = new List<CaseDashboardRefresh>();
        var subscriptions = Enumerable.Range(0, 3)
            .Select(_ => feed.Subscribe(DashboardCases.Arrears, r => { lock (received) received.Add(r); return Task.CompletedTask; }))
            .ToList();
        var others = 0;
        using var other = feed.Subscribe(DashboardCases.Empty, _ => { others++; return Task.CompletedTask; });

        await portal.Writer.RecordPaymentAsync(new NewPayment(DashboardCases.Arrears.Digits, "F-0001", new DateOnly(2026, 11, 22), 250m, PaymentSource.DirectPayment));
        subscriptions.ForEach(s => s.Dispose());

        Assert.Equal(3, received.Count);
        Assert.All(received, r => Assert.Same(received[0].Data, r.Data));
        Assert.Equal("F-0001", received[0].Data.FirstPaymentsPage.Rows[0].ReceiptNumber);
        Assert.Equal(0, others);
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
}
