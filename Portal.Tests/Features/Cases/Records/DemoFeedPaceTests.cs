using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.App.Features.Cases.Records;
using Portal.App.Infrastructure.Data;
using Portal.Domain;
using Portal.Domain.Cases;
using Portal.Domain.Payments;
using Portal.Tests.Features.Cases.Dashboard;
using Portal.Tests.Support;

using Portal.App.Features.Cases.Shared;

namespace Portal.Tests.Features.Cases.Records;

/// <summary>
/// What a parent watching a demo would notice after the feed ran a while (issue 15: half an hour took a $4,680 credit
/// to $42,476, with a recent-actions list of repeats all dated today). Each test has its own database and clock.
/// </summary>
public sealed class DemoFeedPaceTests
{
    private const string DemoCase = "8060961680";

    [Fact]
    public async Task Half_an_hour_of_demo_leaves_the_featured_case_within_its_order_and_pays_many_other_cases()
    {
        using var portal = new ControlledPortal(seed: true);
        var featured = CaseNumber.Parse(DemoCase);
        await using var db = await portal.CreateDbContextAsync();
        var featuredId = await DashboardCases.CaseIdAsync(db, featured);
        var today = ArizonaTime.Today(portal.Clock);
        var before = await SummaryAsync(db, featuredId, today);
        var feed = Feed(portal.Services, portal.Clock, featured, every: 3);

        await RunAsync(feed, portal.Clock, rounds: 500, every: TimeSpan.FromSeconds(5));

        var after = await SummaryAsync(db, featuredId, today);
        var payments = await FeedPaymentsAsync(db);
        var paidFeatured = payments.Where(p => p.CaseId == featuredId).Aggregate(Money.Zero, (sum, p) => sum + p.Amount);
        Assert.True(paidFeatured > Money.Zero, "the featured case's paycheck is due: the demo parent should see it arrive");
        Assert.True(paidFeatured <= PaymentCadence.MonthlyAllowance(before.MonthlyObligation, before.Arrears), $"featured case paid {paidFeatured.Amount}");
        Assert.True(after.Credit <= before.Credit, $"credit went from {before.Credit.Amount} to {after.Credit.Amount}");
        Assert.True(payments.Select(p => p.CaseId).Distinct().Count() >= 100, "payments should be spread over many cases");
        // The dashboard's recent actions: today's are a few, different ones, the rest is the case's history.
        var recent = await db.CaseActions.Where(a => a.CaseId == featuredId).OrderByDescending(a => a.OccurredAt).Take(10).ToListAsync();
        var todays = recent.Where(a => ArizonaTime.DateOf(a.OccurredAt) == today).ToList();
        Assert.InRange(todays.Count, 1, CaseActionCadence.PerDay);
        Assert.Equal(todays.Count, todays.Select(a => a.Type).Distinct().Count());
        await AssertRealisticAsync(db);
    }

    [Fact]
    public async Task Two_months_of_rounds_pay_each_case_at_most_its_order_and_a_fifth_towards_arrears()
    {
        using var portal = new DashboardTestPortal();
        var factory = portal.Get<IDbContextFactory<PortalDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        var creditId = await DashboardCases.CaseIdAsync(db, DashboardCases.Credit);
        var emptyId = await DashboardCases.CaseIdAsync(db, DashboardCases.Empty);
        var creditBefore = await SummaryAsync(db, creditId, ArizonaTime.Today(portal.Clock));
        var feed = Feed(portal.App.Services, portal.Clock, DashboardCases.Arrears, every: 1);

        // From Nov 22 to the end of January, every three hours: every case is looked at every round.
        await RunAsync(feed, portal.Clock, rounds: 560, every: TimeSpan.FromHours(3));

        var payments = await FeedPaymentsAsync(db);
        Assert.Contains(payments, p => p.ReceivedOn.Month == 1);
        Assert.DoesNotContain(payments, p => p.CaseId == emptyId);
        var creditAfter = await SummaryAsync(db, creditId, ArizonaTime.Today(portal.Clock));
        Assert.True(creditAfter.Credit <= creditBefore.Credit, $"credit went from {creditBefore.Credit.Amount} to {creditAfter.Credit.Amount}");
        await AssertRealisticAsync(db);
    }

    [Fact]
    public async Task A_restarted_feed_sees_what_was_paid_this_month_and_does_not_pay_again()
    {
        using var portal = new DashboardTestPortal();
        await using var db = await portal.Get<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var arrearsId = await DashboardCases.CaseIdAsync(db, DashboardCases.Arrears);

        // Nov 22: $500 a month plus $100 towards the $700 arrears; $200 came on Nov 3, so $400 is due.
        await RunAsync(Feed(portal.App.Services, portal.Clock, DashboardCases.Arrears, every: 1), portal.Clock, rounds: 10, every: TimeSpan.FromSeconds(5));
        await RunAsync(Feed(portal.App.Services, portal.Clock, DashboardCases.Arrears, every: 1), portal.Clock, rounds: 10, every: TimeSpan.FromSeconds(5));
        portal.Clock.Advance(TimeSpan.FromDays(1));
        await RunAsync(Feed(portal.App.Services, portal.Clock, DashboardCases.Arrears, every: 1), portal.Clock, rounds: 10, every: TimeSpan.FromSeconds(5));

        var paid = (await FeedPaymentsAsync(db)).Where(p => p.CaseId == arrearsId).Select(p => p.Amount).ToList();
        Assert.Equal([Money.Dollars(400m)], paid);
    }

    private static DemoFeed Feed(IServiceProvider services, TimeProvider clock, CaseNumber featured, int every) =>
        new(services.GetRequiredService<IDbContextFactory<PortalDbContext>>(), services.GetRequiredService<CaseRecordWriter>(), clock,
            Options.Create(new DemoFeedOptions { FeaturedCases = [featured.Digits], FeaturedEvery = every }));

    private static async Task RunAsync(DemoFeed feed, ManualTimeProvider clock, int rounds, TimeSpan every)
    {
        for (var round = 0; round < rounds; round++)
        {
            var outcome = await feed.RecordNextAsync();
            Assert.IsNotType<RecordResult.Rejected>(outcome);
            clock.Advance(every);
        }
    }

    private static async Task<AccountSummary> SummaryAsync(PortalDbContext db, int caseId, DateOnly asOf) =>
        CaseLedger.Summarize(
            await db.SupportOrders.AsNoTracking().Where(o => o.CaseId == caseId).ToListAsync(),
            await db.Payments.AsNoTracking().Where(p => p.CaseId == caseId).ToListAsync(),
            asOf);

    // The feed's receipts start with D; the seed's with R, the fixtures' with T or M.
    private static Task<List<Payment>> FeedPaymentsAsync(PortalDbContext db) =>
        db.Payments.AsNoTracking().Where(p => EF.Functions.Like(p.ReceiptNumber, "D%")).ToListAsync();

    /// <summary>What holds for every case the feed touched, whatever it chose at random.</summary>
    private static async Task AssertRealisticAsync(PortalDbContext db)
    {
        var payments = await FeedPaymentsAsync(db);
        foreach (var month in payments.GroupBy(p => (p.CaseId, p.ReceivedOn.Year, p.ReceivedOn.Month)))
        {
            var first = new DateOnly(month.Key.Year, month.Key.Month, 1);
            var orders = await db.SupportOrders.AsNoTracking().Where(o => o.CaseId == month.Key.CaseId).ToListAsync();
            var obligation = orders.Aggregate(Money.Zero, (sum, o) => sum + o.InstallmentDueInMonthOf(first));
            var paidInMonth = await db.Payments.AsNoTracking()
                .Where(p => p.CaseId == month.Key.CaseId && p.ReceivedOn >= first && p.ReceivedOn < first.AddMonths(1) && p.Status != PaymentStatus.Reversed)
                .ToListAsync();
            var total = paidInMonth.Aggregate(Money.Zero, (sum, p) => sum + p.Amount);
            Assert.True(total <= obligation + Money.FromCents(obligation.Cents / 5), $"case {month.Key.CaseId} was paid {total.Amount} in {first:yyyy-MM} on an order of {obligation.Amount}");
            Assert.True(month.Count() <= PaymentCadence.Paydays.Count, $"case {month.Key.CaseId} got {month.Count()} payments in {first:yyyy-MM}");
            Assert.Equal(month.Count(), month.Select(p => p.ReceivedOn).Distinct().Count());
        }

        var feedActions = await db.CaseActions.AsNoTracking().Where(a => a.ExternalId != null && a.ExternalId.StartsWith("DEMO-")).ToListAsync();
        Assert.Empty(feedActions.GroupBy(a => (a.CaseId, a.Type, ArizonaTime.DateOf(a.OccurredAt))).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.Empty(feedActions.GroupBy(a => (a.CaseId, ArizonaTime.DateOf(a.OccurredAt))).Where(g => g.Count() > CaseActionCadence.PerDay).Select(g => g.Key));

        // Money is sent on only after a payment was received and not yet sent (the case's history counts too).
        var from = feedActions.Count == 0 ? DateTimeOffset.MaxValue : feedActions.Min(a => a.OccurredAt) - CaseActionCadence.RepeatWindow;
        var touched = feedActions.Select(a => a.CaseId).Distinct().ToList();
        var histories = await db.CaseActions.AsNoTracking().Where(a => touched.Contains(a.CaseId) && a.OccurredAt > from).ToListAsync();
        foreach (var history in histories.GroupBy(a => a.CaseId))
        {
            var awaiting = false;
            foreach (var action in history.OrderBy(a => a.OccurredAt).ThenBy(a => a.Id))
            {
                if (action.Type == CaseActionType.PaymentReceived) awaiting = true;
                if (action.Type != CaseActionType.PaymentDisbursed) continue;
                if (action.ExternalId?.StartsWith("DEMO-", StringComparison.Ordinal) == true) Assert.True(awaiting, $"case {history.Key} was sent money it had not received");
                awaiting = false;
            }
        }
    }
}
