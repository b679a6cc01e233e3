using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Features.Offices;
using Portal.Domain.Cases;
using Portal.Domain.Offices;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Offices;

/// <summary>One office's card: open or closed at this moment in Arizona, which transit planner serves it, the nearest marked.</summary>
public sealed class OfficeCardTests : BunitContext
{
    private static readonly Office Flagstaff = new("FLAG", "Flagstaff Office", new MailingAddress("397 S Malpais Ln", null, "Flagstaff", "AZ", "86001"),
        "800-882-4151", new TimeOnly(8, 0), new TimeOnly(17, 0), new GeoPoint(35.1983, -111.6513));

    private static readonly Office Chandler = new("CHDL", "Chandler Office", new MailingAddress("2450 S Arizona Ave", "Suite 2", "Chandler", "AZ", "85286"),
        "602-252-4045", new TimeOnly(8, 0), new TimeOnly(17, 0), new GeoPoint(33.271, -111.841));

    private readonly ManualTimeProvider clock = new(new DateTimeOffset(2026, 12, 5, 10, 0, 0, TimeSpan.FromHours(-7))); // a Saturday

    public OfficeCardTests()
    {
        this.AddPortalTestServices();
        Services.AddSingleton<TimeProvider>(clock);
    }

    [Fact]
    public void On_a_Saturday_morning_the_office_is_closed_now_in_both_languages()
    {
        using (CultureScope.English())
        {
            Assert.Equal("Closed now", Render<OfficeCard>(p => p.Add(c => c.Office, Flagstaff)).Find(".office-card__open").TextContent);
        }
        using (CultureScope.Spanish())
        {
            Assert.Equal("Cerrada ahora", Render<OfficeCard>(p => p.Add(c => c.Office, Flagstaff)).Find(".office-card__open").TextContent);
        }
    }

    [Fact]
    public void On_a_weekday_at_4_59_pm_Arizona_time_it_is_open_and_at_5_pm_closed()
    {
        using var culture = CultureScope.English();
        clock.SetUtcNow(new DateTimeOffset(2026, 12, 7, 16, 59, 0, TimeSpan.FromHours(-7)));
        Assert.Equal("Open now", Render<OfficeCard>(p => p.Add(c => c.Office, Chandler)).Find(".office-card__open").TextContent);

        clock.SetUtcNow(new DateTimeOffset(2026, 12, 7, 17, 0, 0, TimeSpan.FromHours(-7)));
        Assert.Equal("Closed now", Render<OfficeCard>(p => p.Add(c => c.Office, Chandler)).Find(".office-card__open").TextContent);
    }

    [Fact]
    public void A_Phoenix_area_office_links_to_Valley_Metro_and_a_Flagstaff_one_says_no_planner_covers_it()
    {
        using var culture = CultureScope.Spanish();

        var chandler = Render<OfficeCard>(p => p.Add(c => c.Office, Chandler).Add(c => c.Nearest, true).Add(c => c.Miles, 8.84));
        var flagstaff = Render<OfficeCard>(p => p.Add(c => c.Office, Flagstaff));

        Assert.Equal("Planear un viaje en autobús o tren ligero (Valley Metro)", chandler.Find("a[href='https://www.valleymetro.org/trip-planner']").TextContent);
        Assert.Equal("A 8.8 millas en línea recta", chandler.Find(".office-card__distance").TextContent);
        Assert.Contains("Oficina más cercana", chandler.Find(".office-card__nearest").TextContent, StringComparison.Ordinal);
        Assert.Contains("Suite 2", chandler.Find("address").TextContent, StringComparison.Ordinal);
        Assert.Equal("Ningún planificador de transporte público cubre esta oficina.", flagstaff.Find(".office-card__no-transit").TextContent);
        Assert.Empty(flagstaff.FindAll(".office-card__nearest"));
        Assert.Empty(flagstaff.FindAll(".office-card__distance"));
    }
}
