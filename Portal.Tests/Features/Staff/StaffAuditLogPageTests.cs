using Bunit;
using Portal.App.Features.Staff;
using Portal.App.Infrastructure.Identity;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Staff;

/// <summary>The supervisor's audit page with dates nobody means: a message at the field, and the circuit lives on.</summary>
public sealed class StaffAuditLogPageTests : BunitContext, IClassFixture<StaffPortal>
{
    public StaffAuditLogPageTests(StaffPortal portal)
    {
        this.AddStaffPageServicesOf<StaffAuditLog>(portal, "supervisor", PortalRoles.Supervisor);
    }

    [Theory]
    [InlineData("", "9999-12-31", "#audit-to-problem", "Enter a date from 1900 up to one year from today.")]
    [InlineData("0001-01-01", "", "#audit-from-problem", "Enter a date from 1900 up to one year from today.")]
    [InlineData("9999-12-31", "", "#audit-from-problem", "Enter a date from 1900 up to one year from today.")]
    [InlineData("", "0001-01-01", "#audit-to-problem", "Enter a date from 1900 up to one year from today.")]
    [InlineData("2026-11-02", "2026-11-01", "#audit-to-problem", "The “To” date is before the “From” date.")]
    public void An_impossible_date_range_is_explained_at_the_field_and_the_page_keeps_working(string from, string to, string problem, string message)
    {
        using var culture = CultureScope.English();
        var page = Render<StaffAuditLogPage>();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[role=status]")));

        if (from.Length > 0) page.Find("#audit-from").Change(from);
        if (to.Length > 0) page.Find("#audit-to").Change(to);
        page.Find("form").Submit();

        Assert.Equal(message, page.Find(problem).TextContent);
        Assert.Equal("true", page.Find(problem.Replace("-problem", "", StringComparison.Ordinal)).GetAttribute("aria-invalid"));

        // Corrected, the same page searches again.
        page.Find("#audit-from").Change("2026-01-01");
        page.Find("#audit-to").Change("2026-11-22");
        page.Find("form").Submit();
        Assert.Empty(page.FindAll(".field-message"));
    }
}
