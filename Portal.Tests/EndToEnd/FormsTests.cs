using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.App.Features.Cases.Shared.Emails;
using Portal.App.Infrastructure.Data;
using Portal.App.Infrastructure.Email.Pickup;
using Portal.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Portal.Tests.EndToEnd;

/// <summary>
/// A parent starts a form on a phone, stops halfway, finishes it on another device, signs it and downloads the copy; a
/// caseworker completes it; the parent's open page shows the change, and the mailbox has the email.
/// </summary>
[Collection(E2ESecondLane.Name)]
public sealed class FormsTests(BrowserFixture browser, SeededPortal portal)
{
    // Emilia González, custodial parent on seeded IV-D case 4443701877; no other test uses her.
    private const string PersonId = "P50061772";
    private const string CaseNumber = "4443701877";

    [Fact]
    public async Task A_parent_stops_halfway_finishes_on_another_device_signs_and_a_caseworker_completes_it_live()
    {
        var userName = $"emilia.{Guid.NewGuid():N}"[..14];
        await TestAccounts.CreateActivatedAsync(portal.Factory.KestrelServices, userName, personId: PersonId);

        // On the phone: the list, then the first page of the form, refused empty, then answered.
        await using (var phoneSession = await browser.OpenAsync(portal.Factory, "/", width: PortalSite.PhoneWidth))
        {
            var phone = phoneSession.Page;
            await phone.SignInAsync(portal.Factory, userName, TestAccounts.Password, returnUrl: "/forms");
            await Expect(phone.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Forms" })).ToBeVisibleAsync();
            await phone.AssertNoSeriousAccessibilityViolationsAsync();
            await phone.GetByRole(AriaRole.Link, new() { Name = "Request to close a child support case" }).ClickAsync();
            await phone.WaitForCircuitAsync();
            await Expect(phone.GetByText("Step 1 of 4: Why you are asking")).ToBeVisibleAsync();
            await phone.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();
            await Expect(phone.GetByRole(AriaRole.Alert)).ToContainTextAsync("Choose why you want the case closed");
            await phone.AssertNoSeriousAccessibilityViolationsAsync();
            Assert.False(await phone.ScrollsHorizontallyAsync());
            await phone.GetByLabel("I receive support and no longer want the state's child support services").CheckAsync();
            await phone.GetByLabel("Anything else we should know (optional)").FillAsync("We settled things privately.");
            await phone.GetByLabel("Anything else we should know (optional)").BlurAsync();
            await phone.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();
            await Expect(phone.GetByText("Step 2 of 4: What closing the case means")).ToBeVisibleAsync();
        }

        // Another device: the form waits in the list and opens where the parent stopped.
        await using var laterSession = await browser.OpenAsync(portal.Factory, "/", width: PortalSite.PhoneWidth);
        var parent = laterSession.Page;
        await parent.SignInAsync(portal.Factory, userName, TestAccounts.Password, returnUrl: "/forms");
        await Expect(parent.GetByRole(AriaRole.Heading, new() { Level = 2, Name = "Forms you have started" })).ToBeVisibleAsync();
        await parent.GetByRole(AriaRole.Link, new() { Name = "Request to close a child support case" }).First.ClickAsync();
        await parent.WaitForCircuitAsync();
        await Expect(parent.GetByText("Step 2 of 4: What closing the case means")).ToBeVisibleAsync();
        await parent.GetByLabel("I have read and understand what closing the case means").CheckAsync();
        await parent.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();
        await Expect(parent.GetByText("We settled things privately.")).ToBeVisibleAsync();
        await parent.AssertNoSeriousAccessibilityViolationsAsync();
        await parent.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();

        // Signing: the name as typed on a phone, without the accent.
        await parent.GetByLabel("I agree to sign this form electronically", new() { Exact = false }).CheckAsync();
        await parent.GetByLabel("Your full name").FillAsync("emilia gonzalez");
        await parent.GetByLabel("I declare that the information in this form is true", new() { Exact = false }).CheckAsync();
        await parent.AssertNoSeriousAccessibilityViolationsAsync();
        Assert.False(await parent.ScrollsHorizontallyAsync());
        await parent.GetByRole(AriaRole.Button, new() { Name = "Sign and send" }).ClickAsync();
        await Expect(parent.GetByText("Signed and sent. Your reference is")).ToBeVisibleAsync();
        await parent.WaitForCircuitAsync();
        var reference = (await parent.Locator(".signed-form__reference").TextContentAsync())!;
        var formPath = new Uri(parent.Url).AbsolutePath;
        await parent.AssertNoSeriousAccessibilityViolationsAsync();
        Assert.False(await parent.ScrollsHorizontallyAsync());

        var download = await parent.RunAndWaitForDownloadAsync(() => parent.GetByRole(AriaRole.Link, new() { Name = "Download a PDF copy" }).ClickAsync());
        Assert.Equal($"{reference}.pdf", download.SuggestedFilename);
        var copy = PdfText.Extract(await File.ReadAllBytesAsync((await download.PathAsync())!));
        Assert.Contains(reference, copy, StringComparison.Ordinal);
        Assert.Contains("We settled things privately.", copy, StringComparison.Ordinal);
        Assert.Contains("emilia gonzalez", copy, StringComparison.Ordinal);

        // A caseworker opens it from the queue (it is received), reviews and completes it; the parent's page follows.
        await using var staffSession = await browser.OpenAsync(portal.Factory, "/");
        var staff = staffSession.Page;
        await staff.SignInAsync(portal.Factory, "caseworker", "Ocotillo#Desk26", returnUrl: "/staff/forms");
        await staff.WaitForCircuitAsync();
        await staff.GetByRole(AriaRole.Link, new() { Name = reference }).ClickAsync();
        await staff.WaitForCircuitAsync();
        await Expect(staff.GetByRole(AriaRole.Button, new() { Name = "Mark in review" })).ToBeVisibleAsync();
        await staff.AssertNoSeriousAccessibilityViolationsAsync();
        var staffFormPath = new Uri(staff.Url).AbsolutePath;
        await Expect(parent.Locator(".mud-chip", new() { HasText = "Received" })).ToBeVisibleAsync();
        await staff.GetByRole(AriaRole.Button, new() { Name = "Mark in review" }).ClickAsync();
        await Expect(parent.Locator(".mud-chip", new() { HasText = "In review" })).ToBeVisibleAsync();
        await staff.GetByRole(AriaRole.Button, new() { Name = "Mark completed" }).ClickAsync();
        await staff.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Mark completed" }).ClickAsync();

        await Expect(parent.Locator(".mud-chip", new() { HasText = "Completed" })).ToBeVisibleAsync();
        await Expect(parent.GetByRole(AriaRole.Status).Filter(new() { HasText = "The status of this form changed to: Completed." })).ToBeAttachedAsync();
        await Expect(parent.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "In review" })).ToBeVisibleAsync();
        var receipt = await MailAsync($"{userName}@example.net", FormSubmittedEmail.Name);
        Assert.Equal($"We received your signed form {reference}", receipt.Subject);
        var update = await MailAsync($"{userName}@example.net", FormStatusChangedEmail.Name);
        Assert.Equal($"Update on your form {reference}", update.Subject);

        await parent.GotoAsync("/culture/es-US?returnUrl=%2Fforms");
        await Expect(parent.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Formularios" })).ToBeVisibleAsync();
        await Expect(parent.GetByText(reference, new() { Exact = false })).ToBeVisibleAsync();
        await parent.AssertNoSeriousAccessibilityViolationsAsync();
        Assert.False(await parent.ScrollsHorizontallyAsync());

        // The form's page, a wizard and the caseworker's page, in Spanish too.
        foreach (var (page, path, heading) in new[]
        {
            (parent, formPath, "Solicitud para cerrar un caso de manutención de menores"),
            (parent, $"/forms/fill/change-of-address?case={CaseNumber}", "Aviso de cambio de domicilio"),
            (staff, staffFormPath, "Solicitud para cerrar un caso de manutención de menores"),
        })
        {
            await page.GotoAsync($"/culture/es-US?returnUrl={Uri.EscapeDataString(path)}");
            await page.WaitForCircuitAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(heading);
            await page.AssertNoSeriousAccessibilityViolationsAsync();
            Assert.False(await page.ScrollsHorizontallyAsync());
        }
    }

    private async Task<MailboxMessage> MailAsync(string email, string kind)
    {
        Guid id;
        await using (var db = await portal.Factory.KestrelServices.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync())
        {
            id = await db.OutboxMessages.Where(m => m.ToAddress == email && m.Kind == kind).OrderBy(m => m.CreatedAt).Select(m => m.Id).FirstAsync();
        }
        var file = await MailFolderWatcher.WaitForMessageAsync(portal.Factory.MailFolder, id);
        return EmlReader.Read(id, await File.ReadAllTextAsync(file));
    }
}
