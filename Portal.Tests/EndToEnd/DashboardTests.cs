using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.App.Features.Cases.Records;
using Portal.Domain;
using Portal.Domain.Payments;
using Portal.Tests.Support;

using Portal.App.Features.Cases.Shared;

namespace Portal.Tests.EndToEnd;

[Collection(E2ESecondLane.Name)]
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
        Assert.IsType<RecordResult.Recorded>(outcome);

        var announcement = $"Payment of $250.00 received on {today.ToString("MMMM d", CultureInfo.GetCultureInfo("en-US"))}";
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = announcement })).ToHaveAttributeAsync("aria-live", "polite");
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = receipt })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("last-payment")).ToHaveTextAsync($"$250.00 on {today.ToString("MMM d, yyyy", CultureInfo.GetCultureInfo("en-US"))}");
        await Assertions.Expect(page.GetByTestId("payment-totals")).Not.ToHaveTextAsync(totalsBefore ?? "");
        // Marked in words, and only what changed: the new row and the changed figures, not the monthly amount.
        var newRow = page.GetByRole(AriaRole.Row).Filter(new() { HasText = receipt });
        Assert.Equal("\"New\"", await newRow.Locator("td").First.EvaluateAsync<string>("cell => getComputedStyle(cell, '::after').content"));
        Assert.Equal("\"Updated\"", await page.GetByTestId("last-payment").EvaluateAsync<string>("figure => getComputedStyle(figure, '::after').content"));
        Assert.Equal("none", await page.GetByTestId("monthly-obligation").EvaluateAsync<string>("figure => getComputedStyle(figure, '::after').content"));
        await page.AssertNoSeriousAccessibilityViolationsAsync();
    }

    [Fact]
    public async Task At_360_pixels_the_dashboard_fits_and_the_payment_history_reads_as_a_list()
    {
        await using var session = await OpenOnPhoneAsync();
        var page = session.Page;

        Assert.False(await page.ScrollsHorizontallyAsync());
        // Each cell names its column once the table is a list (generated content, which screen readers read too).
        var firstRow = page.Locator(".payment-history__table tbody tr").First;
        Assert.Equal("\"Date received\"", await firstRow.Locator("td").Nth(0).EvaluateAsync<string>("cell => getComputedStyle(cell, '::before').content"));
        Assert.Equal("\"Amount\"", await firstRow.Locator("td").Nth(1).EvaluateAsync<string>("cell => getComputedStyle(cell, '::before').content"));
        Assert.Equal("\"Receipt\"", await firstRow.Locator("td").Nth(4).EvaluateAsync<string>("cell => getComputedStyle(cell, '::before').content"));
        await page.AssertNoSeriousAccessibilityViolationsAsync();
    }

    [Fact]
    public async Task At_360_pixels_the_headline_figures_come_first_and_the_sort_headers_wrap_whole_in_both_languages()
    {
        await using var session = await OpenOnPhoneAsync();
        var page = session.Page;
        var year = ArizonaTime.Today(TimeProvider.System).Year;

        await AssertHeadlineAndSortHeadersAsync(page, "At a glance", ["Last payment received", $"Received in {year}"], "Amount");

        await page.GotoAsync($"/culture/es-US?returnUrl=%2Fdashboard%3Fcase%3D{DemoCase}");
        await page.Locator(".case-dashboard[data-live='true']").WaitForAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "es");
        await AssertHeadlineAndSortHeadersAsync(page, "De un vistazo", ["Último pago recibido", $"Recibido en {year}"], "Monto");
    }

    /// <summary>
    /// The receiving parent's headline: a named region with a heading and a list of labelled figures, above the rest of
    /// the dashboard; then, sorted by another column, every sort header on one line (its arrow with its last word).
    /// </summary>
    private static async Task AssertHeadlineAndSortHeadersAsync(IPage page, string heading, string[] labels, string sortBy)
    {
        var headline = page.GetByRole(AriaRole.Region, new() { Name = heading });
        await Assertions.Expect(headline.GetByRole(AriaRole.Heading, new() { Level = 2, Name = heading })).ToBeVisibleAsync();
        await Assertions.Expect(headline.GetByRole(AriaRole.Term)).ToHaveTextAsync(labels);
        await Assertions.Expect(headline.GetByRole(AriaRole.Definition).Nth(1)).ToHaveTextAsync(new Regex(@"^\$[\d,]+\.\d\d$"));
        var headlineBox = await headline.BoundingBoxAsync();
        var summaryBox = await page.Locator(".case-summary").BoundingBoxAsync();
        Assert.True(headlineBox!.Y < summaryBox!.Y, "the headline comes before the account summary");
        Assert.True(headlineBox.X + headlineBox.Width <= PortalSite.PhoneWidth, "the headline fits the screen");

        await page.GetByRole(AriaRole.Button, new() { Name = sortBy, Exact = true }).ClickAsync();
        var sorted = page.Locator("th[aria-sort='ascending'] button");
        await Assertions.Expect(sorted).ToHaveTextAsync(sortBy);
        // The arrow is joined to the header's last word (a no-break space), so it never wraps onto a line alone.
        Assert.StartsWith("\"\u00A0", await sorted.EvaluateAsync<string>("b => getComputedStyle(b, '::after').content"), StringComparison.Ordinal);
        // The headers wrap as whole words in rows whose words line up: on each row, every header's text has the same middle.
        var headers = await page.Locator(".payment-history__table th").EvaluateAllAsync<double[][]>("""
            cells => cells.map(cell => {
                const box = cell.getBoundingClientRect(), range = document.createRange();
                range.selectNodeContents((cell.querySelector('button') ?? cell).firstChild);
                const text = range.getBoundingClientRect();
                return [box.top, text.top + text.height / 2, range.getClientRects().length];
            })
            """);
        Assert.All(headers, header => Assert.Equal(1, header[2]));
        foreach (var row in headers.GroupBy(header => Math.Round(header[0])))
        {
            Assert.True(row.Max(header => header[1]) - row.Min(header => header[1]) < 2, $"the headers of a row are not level: {string.Join(", ", row.Select(header => header[1]))}");
        }
        Assert.False(await page.ScrollsHorizontallyAsync());
        await page.AssertNoSeriousAccessibilityViolationsAsync();
    }

    [Fact]
    public async Task At_360_pixels_the_print_view_fits_shows_only_the_payments_and_offers_Print_and_the_way_back_in_both_languages()
    {
        await using var session = await browser.OpenAsync(portal.Factory, "/", width: PortalSite.PhoneWidth, height: 740);
        var page = session.Page;
        await page.SignInAsync(portal.Factory, "eloisa.demo", "Saguaro#Blooms26");
        // Stands in for the browser's print dialog, which a headless browser does not show.
        await page.AddInitScriptAsync("window.print = () => { window.printed = (window.printed || 0) + 1; };");

        await page.GotoAsync($"/dashboard/payments/print?case={DemoCase}");
        await AssertPrintViewAsync(page, "en", "Payment history, case 806-096-1680", "Print", "Back to my case");

        await page.GotoAsync($"/culture/es-US?returnUrl=%2Fdashboard%2Fpayments%2Fprint%3Fcase%3D{DemoCase}");
        await AssertPrintViewAsync(page, "es", "Historial de pagos, caso 806-096-1680", "Imprimir", "Volver a mi caso");
    }

    private static async Task AssertPrintViewAsync(IPage page, string language, string heading, string printName, string backName)
    {
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = heading })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
        Assert.StartsWith(heading.Split(',')[0], await page.TitleAsync(), StringComparison.Ordinal);
        Assert.False(await page.ScrollsHorizontallyAsync());
        // Only the page's content: no site header, menu, language switch, account links or footer.
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByRole(AriaRole.Banner)).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation)).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Contentinfo)).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("a[href^='/culture/']")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator(".payment-printout__table tbody tr").First).ToBeVisibleAsync();
        await page.AssertNoSeriousAccessibilityViolationsAsync();

        var print = page.GetByRole(AriaRole.Button, new() { Name = printName });
        var back = page.GetByRole(AriaRole.Link, new() { Name = backName });
        await Assertions.Expect(back).ToHaveAttributeAsync("href", $"/dashboard?case={DemoCase}");
        var printedBefore = await page.EvaluateAsync<int>("() => window.printed || 0");
        await print.ClickAsync();
        Assert.Equal(printedBefore + 1, await page.EvaluateAsync<int>("() => window.printed || 0"));

        // On paper: the payments without the button and the link.
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(print).ToBeHiddenAsync();
        await Assertions.Expect(back).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".payment-printout__table tbody tr").First).ToBeVisibleAsync();
        await page.EmulateMediaAsync(new() { Media = Media.Screen });
    }

    /// <summary>The receiving parent's live dashboard at 360 px.</summary>
    private async Task<BrowserSession> OpenOnPhoneAsync()
    {
        var session = await browser.OpenAsync(portal.Factory, "/", width: PortalSite.PhoneWidth, height: 740);
        await session.Page.SignInAsync(portal.Factory, "eloisa.demo", "Saguaro#Blooms26");
        await OpenLiveDashboardAsync(session.Page);
        return session;
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
