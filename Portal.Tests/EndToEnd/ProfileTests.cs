using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.App.Features.Accounts.Profile;
using Portal.App.Features.Accounts.Profile.Emails;
using Portal.App.Infrastructure.Data;
using Portal.App.Infrastructure.Email.Pickup;
using Portal.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Portal.Tests.EndToEnd;

/// <summary>A parent changes their address on a phone, and sees it reach their case through the case system's stand-in.</summary>
[Collection(E2ESecondLane.Name)]
public sealed class ProfileTests(BrowserFixture browser, SeededPortal portal)
{
    // Kenny Morris, non-custodial parent on seeded case 2390557995, 4966 S Greenway Way, Bisbee; no other test uses him.
    private const string PersonId = "P85229167";

    [Fact]
    public async Task A_parent_changes_their_address_keeps_what_they_typed_through_errors_checks_it_and_sees_their_case_updated()
    {
        var userName = $"kenny.{Guid.NewGuid():N}"[..16];
        await TestAccounts.CreateActivatedAsync(portal.Factory.KestrelServices, userName, personId: PersonId);
        await using var session = await browser.OpenAsync(portal.Factory, "/", width: PortalSite.PhoneWidth);
        var page = session.Page;
        await page.SignInAsync(portal.Factory, userName, TestAccounts.Password, returnUrl: "/account/profile");
        await page.WaitForCircuitAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Your profile" })).ToBeVisibleAsync();
        await Expect(page.Locator("#address-on-case")).ToContainTextAsync("4966 S Greenway Way");
        await page.AssertNoSeriousAccessibilityViolationsAsync();
        Assert.False(await page.ScrollsHorizontallyAsync());

        // Markup and a four-digit ZIP: a message at each field, and what was typed is still there.
        await page.GetByRole(AriaRole.Button, new() { Name = "Change your address" }).ClickAsync();
        const string markup = "<b>77</b> Copper Queen Plz";
        await page.GetByLabel("Street address").FillAsync(markup);
        await page.GetByLabel("ZIP code").FillAsync("8560");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Use only letters, numbers, spaces");
        await Expect(page.Locator("#address-zip-error")).ToContainTextAsync("Enter a ZIP code of 5 digits");
        Assert.Equal(markup, await page.GetByLabel("Street address").InputValueAsync());
        Assert.Equal("8560", await page.GetByLabel("ZIP code").InputValueAsync());
        await page.AssertNoSeriousAccessibilityViolationsAsync();

        await page.GetByLabel("Street address").FillAsync("77 Copper Queen Plz");
        await page.GetByLabel("ZIP code").FillAsync("85603");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Check your new address" })).ToBeFocusedAsync();
        await Expect(page.Locator("#address-review")).ToContainTextAsync("77 Copper Queen Plz");
        await page.AssertNoSeriousAccessibilityViolationsAsync();
        Assert.False(await page.ScrollsHorizontallyAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Send to my case" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Your new address was sent to your case." })).ToBeVisibleAsync();

        // The stand-in answers within a few seconds through the import folder; the page shows it on the next visit.
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!(await page.Locator("#address-status").InnerTextAsync()).Contains("Updated on your case", StringComparison.Ordinal) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(500);
            await page.ReloadAsync();
        }
        await Expect(page.Locator("#address-status")).ToContainTextAsync("Updated on your case");
        await Expect(page.Locator("#address-on-case")).ToContainTextAsync("77 Copper Queen Plz");

        await page.GotoAsync("/culture/es-US?returnUrl=%2Faccount%2Fprofile");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Su perfil" })).ToBeVisibleAsync();
        await Expect(page.Locator("#address-status")).ToContainTextAsync("Actualizado en su caso");
        await page.AssertNoSeriousAccessibilityViolationsAsync();
        Assert.False(await page.ScrollsHorizontallyAsync());
    }

    [Fact]
    public async Task A_parent_changes_their_email_through_the_link_sent_to_the_new_address()
    {
        // Patricio Salcedo, custodial parent on seeded case 4184804724; no other test uses him.
        var userName = $"patricio.{Guid.NewGuid():N}"[..16];
        var newEmail = $"{userName}@new.example.org";
        await TestAccounts.CreateActivatedAsync(portal.Factory.KestrelServices, userName, personId: "P26200893");
        await using var session = await browser.OpenAsync(portal.Factory, "/", width: PortalSite.PhoneWidth);
        var page = session.Page;
        await page.SignInAsync(portal.Factory, userName, TestAccounts.Password, returnUrl: "/account/profile");
        await page.WaitForCircuitAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Change your email" }).ClickAsync();
        await page.GetByLabel("New email address").FillAsync(newEmail);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the link" }).ClickAsync();
        await Expect(page.Locator("#email-link-sent")).ToContainTextAsync("Open it within 24 hours");
        await Expect(page.Locator("#email-current")).ToHaveTextAsync($"{userName}@example.net"); // not until the link
        await page.AssertNoSeriousAccessibilityViolationsAsync();

        await page.GotoAsync((await EmailedLinkAsync(newEmail)).ToString());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Confirm your new email" })).ToBeVisibleAsync();
        await page.AssertNoSeriousAccessibilityViolationsAsync();
        Assert.False(await page.ScrollsHorizontallyAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Use this email" }).ClickAsync();

        await Expect(page.Locator("#email-changed")).ToContainTextAsync($"Your email is now {newEmail}.");
        Assert.Equal(newEmail, (await TestAccounts.FindAsync(portal.Factory.KestrelServices, userName)).Email);
    }

    private async Task<Uri> EmailedLinkAsync(string email)
    {
        Guid id;
        await using (var db = await portal.Factory.KestrelServices.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync())
        {
            id = await db.OutboxMessages.Where(m => m.ToAddress == email && m.Kind == ConfirmNewEmailEmail.Name).Select(m => m.Id).SingleAsync();
        }
        var file = await MailFolderWatcher.WaitForMessageAsync(portal.Factory.MailFolder, id);
        return VerificationEmails.LinkIn(EmlReader.Read(id, await File.ReadAllTextAsync(file)).TextBody, EmailChanges.ConfirmPath);
    }
}
