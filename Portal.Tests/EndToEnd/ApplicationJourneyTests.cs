using Microsoft.Playwright;
using Portal.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Portal.Tests.EndToEnd;

/// <summary>
/// Someone with no case applies on a phone, stops halfway, signs in on another browser, finishes and submits; a
/// caseworker reads the document sent with it, accepts the application and links it to a case; the applicant's open page
/// follows, and their dashboard shows the case. At 360 px, with axe, in English and Spanish.
/// </summary>
[Collection(E2ESecondLane.Name)]
public sealed class ApplicationJourneyTests(BrowserFixture browser, SeededPortal portal)
{
    private static readonly string[] DontKnow =
        ["I don't know their name", "I don't know their date of birth", "I don't know where they live", "I don't know their employer, or they do not work"];

    [Fact]
    public async Task An_applicant_applies_across_two_browsers_and_a_caseworker_links_their_case()
    {
        // A receiving parent on an open IV-D case near the end of the seed, whom no other test uses: the case the caseworker opens.
        var open = SeedCsv.Rows("cases.csv").Where(c => c["Program"] == "IvD" && c["Status"] == "Open").Select(c => c["CaseNumber"]).ToHashSet();
        var linked = SeedCsv.Rows("participants.csv").Last(p => p["Role"] == "CustodialParent" && open.Contains(p["CaseNumber"]));
        var userName = $"apply.{Guid.NewGuid():N}"[..14];
        await TestAccounts.CreateActivatedAsync(portal.Factory.KestrelServices, userName);

        // On the phone: the task list, then "About you", answered and saved; then they stop.
        await using (var phoneSession = await browser.OpenAsync(portal.Factory, "/", width: PortalSite.PhoneWidth))
        {
            var phone = phoneSession.Page;
            await phone.SignInAsync(portal.Factory, userName, TestAccounts.Password, returnUrl: "/apply");
            await phone.WaitForCircuitAsync();
            await Expect(phone.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Apply for child support services" })).ToBeVisibleAsync();
            await Expect(phone.GetByText("You have completed 0 of 7 sections.")).ToBeVisibleAsync();
            await phone.AssertNoSeriousAccessibilityViolationsAsync();
            await phone.GetByRole(AriaRole.Link, new() { Name = "About you" }).ClickAsync();
            await Expect(phone.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "About you" })).ToBeVisibleAsync();
            await phone.WaitForCircuitAsync();
            await phone.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();
            await Expect(phone.GetByRole(AriaRole.Alert)).ToContainTextAsync("Enter a name");
            await phone.AssertNoSeriousAccessibilityViolationsAsync();
            Assert.False(await phone.ScrollsHorizontallyAsync());
            await phone.GetByLabel("First name", new() { Exact = true }).FillAsync("Ana");
            await phone.GetByLabel("Last name", new() { Exact = true }).FillAsync("Ruiz");
            await phone.GetByLabel("Date of birth", new() { Exact = true }).FillAsync("1991-03-14");
            await phone.GetByLabel("Social Security number or ITIN", new() { Exact = true }).FillAsync("521-44-7391");
            await phone.GetByLabel("A parent the children live with", new() { Exact = true }).CheckAsync();
            await phone.GetByLabel("Street address", new() { Exact = true }).FillAsync("400 W Congress St");
            await phone.GetByLabel("City", new() { Exact = true }).FillAsync("Tucson");
            await phone.GetByLabel("State", new() { Exact = true }).FillAsync("AZ");
            await phone.GetByLabel("ZIP code", new() { Exact = true }).FillAsync("85701");
            await phone.GetByLabel("ZIP code", new() { Exact = true }).BlurAsync();
            await phone.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();
            await Expect(phone.GetByText("You have completed 1 of 7 sections.")).ToBeVisibleAsync();
        }

        // Another browser: the application waits where they stopped; the rest of it, then signing.
        await using var laterSession = await browser.OpenAsync(portal.Factory, "/", width: PortalSite.PhoneWidth);
        var page = laterSession.Page;
        await page.SignInAsync(portal.Factory, userName, TestAccounts.Password, returnUrl: "/apply");
        await page.WaitForCircuitAsync();
        await Expect(page.GetByText("You have completed 1 of 7 sections.")).ToBeVisibleAsync();
        await page.GotoAsync("/culture/es-US?returnUrl=%2Fapply");
        await page.WaitForCircuitAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Solicitar servicios de manutención infantil" })).ToBeVisibleAsync();
        await Expect(page.GetByText("Completada")).ToBeVisibleAsync();
        await page.AssertNoSeriousAccessibilityViolationsAsync();
        await page.GotoAsync("/culture/en-US?returnUrl=%2Fapply");
        await page.WaitForCircuitAsync();

        await SectionAsync(page, "The other parent", async () =>
        {
            foreach (var box in DontKnow)
            {
                await page.GetByLabel(box, new() { Exact = true }).CheckAsync();
            }
        });
        await SectionAsync(page, "The children", async () =>
        {
            await page.GetByLabel("First name", new() { Exact = true }).FillAsync("Mia");
            await page.GetByLabel("Last name", new() { Exact = true }).FillAsync("Ruiz");
            await page.GetByLabel("Date of birth", new() { Exact = true }).FillAsync("2019-06-01");
        });
        await SectionAsync(page, "Income and employer", async () =>
        {
            await page.GetByLabel("No", new() { Exact = true }).CheckAsync();
            await page.GetByLabel("Your income each month, before taxes", new() { Exact = true }).FillAsync("0");
        });
        await SectionAsync(page, "Existing court orders", () => page.GetByLabel("No", new() { Exact = true }).CheckAsync());
        await SectionAsync(page, "Services you want", () => page.GetByLabel("Establish a child support order", new() { Exact = true }).CheckAsync());
        await SectionAsync(page, "Documents", async () =>
        {
            // Nothing chosen: said at each field. Then a birth certificate sent with the application.
            await page.GetByRole(AriaRole.Button, new() { Name = "Upload this document" }).ClickAsync();
            await Expect(page.Locator("#document-type-error")).ToContainTextAsync("Choose what kind of document this is.");
            await Expect(page.Locator("#document-file-error")).ToContainTextAsync("Choose a file to upload.");
            await page.GetByLabel("Kind of document", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Birth certificate" });
            await page.GetByLabel("File", new() { Exact = true }).SetInputFilesAsync(new FilePayload
            {
                Name = "mia-birth-certificate.pdf",
                MimeType = "application/pdf",
                Buffer = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"u8.ToArray(),
            });
            await page.GetByRole(AriaRole.Button, new() { Name = "Upload this document" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "We received mia-birth-certificate.pdf." })).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.List, new() { Name = "Documents you have sent" })).ToContainTextAsync("Birth certificate");
            await page.AssertNoSeriousAccessibilityViolationsAsync();
            Assert.False(await page.ScrollsHorizontallyAsync());
        });
        await Expect(page.GetByText("You have completed 7 of 7 sections.")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Declaration and signature" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Declaration and signature" })).ToBeVisibleAsync();
        await page.WaitForCircuitAsync();
        await Expect(page.GetByText("Ending in 7391")).ToBeVisibleAsync();
        await Expect(page.GetByText("mia-birth-certificate.pdf")).ToBeVisibleAsync();
        await page.GetByLabel("I agree to sign this application electronically", new() { Exact = false }).CheckAsync();
        await page.GetByLabel("Type your full name to sign", new() { Exact = true }).FillAsync("ana ruiz");
        await page.GetByLabel("I declare that the information in this application is true", new() { Exact = false }).CheckAsync();
        await page.AssertNoSeriousAccessibilityViolationsAsync();
        Assert.False(await page.ScrollsHorizontallyAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign and submit application" }).ClickAsync();
        await Expect(page.GetByText("Submitted, reference A-", new() { Exact = false })).ToBeVisibleAsync();
        var lead = (await page.Locator(".apply-status__lead").TextContentAsync())!;
        var reference = System.Text.RegularExpressions.Regex.Match(lead, "A-[0-9A-Z]{4}-[0-9A-Z]{4}").Value;
        await page.AssertNoSeriousAccessibilityViolationsAsync();

        // A caseworker accepts it, linking the case.
        await using var staffSession = await browser.OpenAsync(portal.Factory, "/");
        var staff = staffSession.Page;
        await staff.SignInAsync(portal.Factory, "caseworker", "Ocotillo#Desk26", returnUrl: "/staff/applications");
        await staff.WaitForCircuitAsync();
        await staff.GetByRole(AriaRole.Link, new() { Name = reference }).ClickAsync();
        await Expect(staff.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(reference);
        await staff.WaitForCircuitAsync();
        await staff.AssertNoSeriousAccessibilityViolationsAsync();
        var download = await staff.RunAndWaitForDownloadAsync(() => staff.GetByRole(AriaRole.Link, new() { Name = "Download mia-birth-certificate.pdf" }).ClickAsync());
        Assert.Equal("mia-birth-certificate.pdf", download.SuggestedFilename);
        await staff.GetByLabel("Case number", new() { Exact = true }).FillAsync(linked["CaseNumber"]);
        await staff.GetByRole(AriaRole.Button, new() { Name = "Find the case's parents" }).ClickAsync();
        await staff.GetByLabel($"{linked["FirstName"]} {linked["LastName"]}, receiving parent", new() { Exact = false }).CheckAsync();
        await staff.GetByRole(AriaRole.Button, new() { Name = "Accept and link" }).ClickAsync();
        await Expect(staff.GetByText("The application was accepted and the account linked.", new() { Exact = false })).ToBeVisibleAsync();

        // The applicant's open page follows at once; their next page is a parent's: the dashboard shows the case.
        await Expect(page.GetByText("Your application was accepted and your case is linked to your account.")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "See your case" }).ClickAsync();
        await page.WaitForURLAsync("**/dashboard");
        await page.WaitForCircuitAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByText("You do not have a child support case yet")).Not.ToBeVisibleAsync();
        await Expect(page.GetByTestId("case-number")).ToContainTextAsync(linked["CaseNumber"][..3]);
        await page.AssertNoSeriousAccessibilityViolationsAsync();
    }

    // Opens a section from the task list, answers it, saves it and is back on the task list. The section's heading first:
    // until the new page is in, the task list's own circuit marker still says "interactive".
    private static async Task SectionAsync(IPage page, string section, Func<Task> answer)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = section }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = section })).ToBeVisibleAsync();
        await page.WaitForCircuitAsync();
        await answer();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Apply for child support services" })).ToBeVisibleAsync();
    }
}
