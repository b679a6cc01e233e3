using Bunit;
using Portal.App.Features.Cases.Shared;
using Portal.Domain.Cases;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Cases.Dashboard;

public sealed class RecentActionsListTests : BunitContext
{
    private static readonly RecentAction[] Actions =
    [
        new(3, new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.FromHours(-7)), CaseActionType.IncomeWithholdingIssued),
        new(2, new DateTimeOffset(2026, 10, 1, 9, 0, 0, TimeSpan.FromHours(-7)), CaseActionType.OrderEstablished),
    ];

    public RecentActionsListTests() => this.AddPortalTestServices();

    [Fact]
    public void Lists_actions_in_plain_language_with_their_dates_in_the_order_given()
    {
        using var culture = CultureScope.English();

        var list = Render<RecentActionsList>(p => p.Add(c => c.Actions, Actions));

        // Each item: its date, then the action (each on its own line).
        Assert.Equal(
            [("Nov 20, 2026", "An income withholding order was sent to the employer"), ("Oct 1, 2026", "A support order was established")],
            list.FindAll("li").Select(li => (li.QuerySelector("time")!.TextContent, li.LastChild!.TextContent.Trim())));
    }

    [Fact]
    public void Speaks_Spanish_by_action_type()
    {
        using var culture = CultureScope.Spanish();

        var list = Render<RecentActionsList>(p => p.Add(c => c.Actions, Actions));

        Assert.Contains("Se envió una orden de retención de ingresos al empleador", list.Markup, StringComparison.Ordinal);
        Assert.Contains("20 nov 2026", list.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Says_so_when_there_are_no_actions()
    {
        using var culture = CultureScope.English();

        var list = Render<RecentActionsList>(p => p.Add(c => c.Actions, Array.Empty<RecentAction>()));

        Assert.Contains("No actions recorded on this case yet.", list.Markup, StringComparison.Ordinal);
        Assert.Empty(list.FindAll("li"));
    }

    [Fact]
    public void Highlights_the_action_that_just_arrived()
    {
        var list = Render<RecentActionsList>(p => p.Add(c => c.Actions, Actions).Add(c => c.HighlightId, 3L));

        Assert.Single(list.FindAll("li.is-new"));
    }
}
