using Microsoft.Playwright;
using Portal.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Portal.Tests.EndToEnd;

/// <summary>A parent on a phone sends a PDF to their case from /documents and sees it listed as received, in English and Spanish.</summary>
[Collection(E2ESecondLane.Name)]
public sealed class DocumentsJourneyTests(BrowserFixture browser, SeededPortal portal)
{
    // Barbara Prosacco, custodial parent on seeded case 7629466439; no other test uses her.
    private const string PersonId = "P44787193";

    [Fact]
    public async Task A_parent_uploads_a_pdf_on_a_phone_and_sees_it_received()
    {
        var userName = $"barbara.{Guid.NewGuid():N}"[..16];
        await TestAccounts.CreateActivatedAsync(portal.Factory.KestrelServices, userName, personId: PersonId);
        await using var session = await browser.OpenAsync(portal.Factory, "/", width: PortalSite.PhoneWidth);
        var page = session.Page;
        await page.SignInAsync(portal.Factory, userName, TestAccounts.Password, returnUrl: "/documents");
        await page.WaitForCircuitAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Documents" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("no-documents")).ToBeVisibleAsync();

        // Nothing chosen: a message at each field, listed in the summary.
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload document" }).ClickAsync();
        await Expect(page.Locator("#document-type-error")).ToContainTextAsync("Choose what kind of document this is.");
        await Expect(page.Locator("#document-file-error")).ToContainTextAsync("Choose a file to upload.");
        await page.AssertNoSeriousAccessibilityViolationsAsync();

        await page.GetByLabel("Kind of document").SelectOptionAsync(new SelectOptionValue { Label = "Proof of income" });
        await page.GetByLabel("File", new() { Exact = true }).SetInputFilesAsync(new FilePayload
        {
            Name = "pay-stub.pdf",
            MimeType = "application/pdf",
            Buffer = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"u8.ToArray(),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload document" }).ClickAsync();

        var card = page.GetByTestId("document").Filter(new() { HasText = "pay-stub.pdf" });
        await Expect(card).ToBeVisibleAsync();
        await Expect(card.GetByTestId("document-status")).ToHaveTextAsync("Received");
        await Expect(page.Locator("#document-file-error")).ToHaveCountAsync(0);
        await page.AssertNoSeriousAccessibilityViolationsAsync();
        Assert.False(await page.ScrollsHorizontallyAsync());

        await page.GotoAsync("/culture/es-US?returnUrl=%2Fdocuments");
        await page.WaitForCircuitAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Documentos" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("document").Filter(new() { HasText = "pay-stub.pdf" }).GetByTestId("document-status")).ToHaveTextAsync("Recibido");
        await page.AssertNoSeriousAccessibilityViolationsAsync();
        Assert.False(await page.ScrollsHorizontallyAsync());
    }
}
