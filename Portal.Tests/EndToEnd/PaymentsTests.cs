using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.App.Features.Cases.Shared;
using Portal.App.Infrastructure.Data;
using Portal.Domain;
using Portal.Domain.Payments;
using Portal.Tests.Support;

namespace Portal.Tests.EndToEnd;

/// <summary>
/// Issue 20's journey at a phone's width: Eva pays by sandbox card, sees it "submitted online" on her dashboard, then
/// posted as the case system's export arrives; when the export says it was sent on, Sheri's open dashboard reads
/// "Sent to you" and Eva's tracker shows every stage.
/// </summary>
[Collection(E2ESecondLane.Name)]
public sealed class PaymentsTests(BrowserFixture browser, SeededPortal portal)
{
    private const string CaseNumber = "5950285105";

    [Fact]
    public async Task A_paying_parent_pays_by_card_and_both_parents_follow_the_money_to_the_family()
    {
        var services = portal.Factory.KestrelServices;
        await TestAccounts.CreateActivatedAsync(services, "eva.pays", personId: "P84319194");
        await TestAccounts.CreateActivatedAsync(services, "sheri.receives", personId: "P68833331");

        await using var receiving = await browser.OpenAsync(portal.Factory, "/", width: PortalSite.PhoneWidth);
        await receiving.Page.SignInAsync(portal.Factory, "sheri.receives", TestAccounts.Password, returnUrl: $"/dashboard?case={CaseNumber}");
        await receiving.Page.WaitForCircuitAsync();

        await using var paying = await browser.OpenAsync(portal.Factory, "/", width: PortalSite.PhoneWidth);
        var page = paying.Page;
        await page.SignInAsync(portal.Factory, "eva.pays", TestAccounts.Password, returnUrl: "/payments/new");
        await page.GetByLabel("Another amount", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Other amount, in dollars").FillAsync("125.00");
        await page.GetByLabel("Debit or credit card").CheckAsync();
        Assert.False(await page.ScrollsHorizontallyAsync());
        await page.AssertNoSeriousAccessibilityViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        // The fee is shown, and a card payment needs the parent's consent to it.
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new("^Pay \\$") }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("agree to the convenience fee");
        await page.GetByLabel("I agree to pay the convenience fee").CheckAsync();
        await page.AssertNoSeriousAccessibilityViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new("^Pay \\$") }).ClickAsync();

        // The processor's page (the sandbox), where the card number is typed: never in the portal.
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sandbox payment page" })).ToBeVisibleAsync();
        await page.GetByLabel("Card number").FillAsync("4242 4242 4242 4242");
        await page.GetByLabel("Expiration date").FillAsync("12/30");
        await page.GetByLabel("Security code").FillAsync("123");
        await page.GetByLabel("Name on the card").FillAsync("Eva Rios");
        Assert.False(await page.ScrollsHorizontallyAsync());
        await page.AssertNoSeriousAccessibilityViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new("^Pay \\$") }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Payment submitted" })).ToBeVisibleAsync();
        var portalReceipt = (await page.Locator("#receipt-number").TextContentAsync())!.Trim();
        await page.AssertNoSeriousAccessibilityViolationsAsync();

        await page.GotoAsync($"/dashboard?case={CaseNumber}");
        await page.WaitForCircuitAsync();
        await Assertions.Expect(page.GetByTestId("submitted-payments")).ToContainTextAsync(portalReceipt);

        // The case system posts it under its own receipt, with the processor's reference, then sends it on.
        string reference;
        await using (var db = await services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync())
        {
            reference = await db.OnlinePayments.Where(p => p.ReceiptNumber == portalReceipt).Select(p => p.ProcessorReference!).SingleAsync();
        }
        var writer = services.GetRequiredService<CaseRecordWriter>();
        var today = ArizonaTime.Today(TimeProvider.System);
        var posted = new NewPayment(CaseNumber, "R9" + Random.Shared.Next(100_000_000, 999_999_999), today, 125m, PaymentSource.DirectPayment) { ProcessorReference = reference };
        Assert.IsType<RecordResult.Recorded>(await writer.RecordPaymentAsync(posted));
        await Assertions.Expect(page.GetByTestId("submitted-payments")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = posted.ReceiptNumber })).ToBeVisibleAsync();

        Assert.IsType<RecordResult.Updated>(await writer.RecordPaymentAsync(posted with
        {
            Status = PaymentStatus.Disbursed, DisbursedOn = today, DisbursementMethod = DisbursementMethod.DirectDeposit, DisbursedToLast4 = "6789",
        }));
        var sentRow = receiving.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = posted.ReceiptNumber });
        await Assertions.Expect(sentRow).ToContainTextAsync("Sent to you");
        await receiving.Page.AssertNoSeriousAccessibilityViolationsAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = $"Track payment {posted.ReceiptNumber}" }).ClickAsync();
        var stages = page.GetByRole(AriaRole.List, new() { Name = "The payment's steps" });
        await Assertions.Expect(stages).ToContainTextAsync("Paid online");
        await Assertions.Expect(stages).ToContainTextAsync("Passed on to the other parent");
        await Assertions.Expect(stages).Not.ToContainTextAsync("6789");
        Assert.False(await page.ScrollsHorizontallyAsync());
        await page.AssertNoSeriousAccessibilityViolationsAsync();
    }
}
