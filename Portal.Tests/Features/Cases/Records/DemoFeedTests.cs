using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.App.Features.Cases.Records;
using Portal.App.Features.Cases.Shared;
using Portal.App.Infrastructure.Data;
using Portal.Tests.Features.Cases.Dashboard;

namespace Portal.Tests.Features.Cases.Records;

public sealed class DemoFeedTests(DashboardTestPortal portal) : IClassFixture<DashboardTestPortal>
{
    [Fact]
    public async Task The_featured_case_gets_a_record_through_the_writer_and_its_dashboards_hear_of_it()
    {
        var feed = new DemoFeed(portal.Get<IDbContextFactory<PortalDbContext>>(), portal.Writer, portal.Clock,
            Options.Create(new DemoFeedOptions { FeaturedCases = [DashboardCases.Credit.Digits], FeaturedEvery = 2 }));
        var published = new List<CaseUpdate>();
        using var _ = portal.Notifier.Subscribe(DashboardCases.Credit, u => { published.Add(u); return Task.CompletedTask; });

        var first = await feed.RecordNextAsync();
        var second = await feed.RecordNextAsync();

        Assert.IsType<RecordResult.Recorded>(first);
        Assert.IsType<RecordResult.Recorded>(second);
        // The credit case was paid $250 of its $100 this month: nothing more is due, so it gets a routine action.
        Assert.NotNull(published[0].Action);
    }

    [Theory]
    [InlineData("00:00:00", null)]
    [InlineData("00:00:05", "123")]
    public void Settings_that_make_no_sense_are_refused(string interval, string? featured)
    {
        var options = new DemoFeedOptions { Interval = TimeSpan.Parse(interval, System.Globalization.CultureInfo.InvariantCulture), FeaturedCases = featured is null ? [] : [featured] };

        Assert.NotEmpty(options.Validate(new ValidationContext(options)));
    }
}
