using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.App.Features.CaseRecords;
using Portal.Domain;
using Portal.Domain.Payments;
using Portal.Tests.Support;

namespace Portal.Tests.EndToEnd;

[Collection(E2ECollection.Name)]
public sealed class DashboardTests(BrowserFixture browser, SeededPortal portal)
{
    private const string DemoCase = "8060961680";

    [Fact]
    public async Task A_payment_recorded_while_the_dashboard_is_open_appears_without_a_reload_and_is_announced()
    {
        await using var session = await browser.OpenAsync(portal.Factory, "/");
        var page = session.Page;
        await page.SignInAsync(portal.Factory, "eloisa.demo", "Saguaro#Blooms26");
        await OpenLiveDashboardAsync(page);
        var totalsBefore = await page.GetByTestId("payment-totals").TextContentAsync();
        await page.AssertNoSeriousAccessibilityViolationsAsync();

        var receipt = "E2E" + Guid.NewGuid().ToString("N")[..12];
        var today = ArizonaTime.Today(TimeProvider.System);
        var outcome = await portal.Factory.KestrelServices.GetRequiredService<CaseRecordWriter>()
            .RecordPaymentAsync(new NewPayment(DemoCase, receipt, today, 250m, PaymentSource.DirectPayment));
        Assert.Equal(RecordResult.Recorded, outcome.Result);

        var announcement = $"Payment of $250.00 received on {today.ToString("MMMM d", CultureInfo.GetCultureInfo("en-US"))}";
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = announcement })).ToHaveAttributeAsync("aria-live", "polite");
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = receipt })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("last-payment")).ToHaveTextAsync($"$250.00 on {today.ToString("MMM d, yyyy", CultureInfo.GetCultureInfo("en-US"))}");
        await Assertions.Expect(page.GetByTestId("payment-totals")).Not.ToHaveTextAsync(totalsBefore ?? "");
        await page.AssertNoSeriousAccessibilityViolationsAsync();
    }

    [Fact]
    public async Task At_360_pixels_the_dashboard_fits_and_the_payment_history_reads_as_a_list()
    {
        await using var session = await browser.OpenAsync(portal.Factory, "/", width: PortalSite.PhoneWidth, height: 740);
        var page = session.Page;
        await page.SignInAsync(portal.Factory, "eloisa.demo", "Saguaro#Blooms26");
        await OpenLiveDashboardAsync(page);

        Assert.False(await page.ScrollsHorizontallyAsync());
        // Each cell names its column once the table is a list (generated content, which screen readers read too).
        var firstRow = page.Locator(".payment-history__table tbody tr").First;
        Assert.Equal("\"Date received\"", await firstRow.Locator("td").Nth(0).EvaluateAsync<string>("cell => getComputedStyle(cell, '::before').content"));
        Assert.Equal("\"Amount\"", await firstRow.Locator("td").Nth(1).EvaluateAsync<string>("cell => getComputedStyle(cell, '::before').content"));
        Assert.Equal("\"Receipt\"", await firstRow.Locator("td").Nth(4).EvaluateAsync<string>("cell => getComputedStyle(cell, '::before').content"));
        await page.AssertNoSeriousAccessibilityViolationsAsync();
    }

    private static async Task OpenLiveDashboardAsync(IPage page)
    {
        if (!page.Url.Contains("/dashboard", StringComparison.Ordinal)) await page.GotoAsync("/dashboard");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "My case" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("case-number")).ToHaveTextAsync("806-096-1680");
        // Subscribed to live updates once interactive.
        await page.Locator(".case-dashboard[data-live='true']").WaitForAsync();
    }
}
