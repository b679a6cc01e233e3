using Bunit;
using Portal.App.Features.Staff.Search;
using Portal.App.Infrastructure.Identity;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Staff;

/// <summary>The caseworker's search with a date of birth nobody has: a message at the field, and the page searches on.</summary>
public sealed class StaffSearchPageTests : BunitContext, IClassFixture<StaffPortal>
{
    public StaffSearchPageTests(StaffPortal portal)
    {
        this.AddStaffPageServicesOf<StaffCaseSearch>(portal, "caseworker", PortalRoles.Caseworker);
    }

    [Theory]
    [InlineData("en-US", "0001-01-01", "Enter a date of birth from 1900 up to today.", "1 case found.")]
    [InlineData("en-US", "9999-12-31", "Enter a date of birth from 1900 up to today.", "1 case found.")]
    [InlineData("es-US", "9999-12-31", "Escriba una fecha de nacimiento entre 1900 y hoy.", "Se encontró 1 caso.")]
    public void A_date_of_birth_outside_1900_to_today_is_explained_at_the_field(string culture, string dateOfBirth, string message, string oneFound)
    {
        using var _ = new CultureScope(culture);
        var page = Render<StaffSearchPage>();

        page.Find("#search-ssn-last4").Change("0200");
        page.Find("#search-date-of-birth").Change(dateOfBirth);
        page.Find("form").Submit();

        Assert.Contains(message, page.Find("#search-date-of-birth-error").TextContent, StringComparison.Ordinal);
        Assert.Equal("true", page.Find("#search-date-of-birth").GetAttribute("aria-invalid"));
        Assert.Empty(page.FindAll(".staff-table"));

        // Corrected, the same page searches.
        page.Find("#search-date-of-birth").Change("1991-07-01");
        page.Find("form").Submit();
        page.WaitForAssertion(() => Assert.Single(page.FindAll(".staff-table tbody tr")));
        Assert.Contains(oneFound, page.Markup, StringComparison.Ordinal);
    }
}
