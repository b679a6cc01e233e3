using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.App.Features.Accounts.Shared;
using Portal.App.Infrastructure.Data;
using Portal.App.Infrastructure.Data.Seeding;
using Portal.App.Infrastructure.Email.Pickup;
using Portal.Tests.Support;

namespace Portal.Tests.EndToEnd;

/// <summary>
/// The registration wizard's steps 1 to 5 in Chromium. The collection shares one seeded database: the
/// ready-to-register parent registers once per run here, and only one failed match is spent (the wrong ZIP).
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class RegistrationWizardTests(BrowserFixture browser, SeededPortal portal)
{
    private static readonly DemoIdentities Demo = DemoData.Load().Identities;

    [Fact]
    public async Task A_parent_registers_from_finding_the_case_to_an_account_they_can_sign_in_with()
    {
        var parent = Demo.ReadyToRegister;
        // On a phone, as most parents register: every step must fit 360 px.
        await using var session = await browser.OpenAsync(portal.Factory, "/register", width: PortalSite.PhoneWidth, height: 800);
        var page = session.Page;
        await page.WaitForCircuitAsync();

        // Step 1, with the case number typed with a dash.
        await ExpectStepAsync(page, "Find your case", "Find your case (step 1 of 9) - Arizona Child Support Portal");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/register$"));
        await page.AssertNoSeriousAccessibilityViolationsAsync();
        await FillFindCaseAsync(page, parent, caseNumber: parent.CaseNumber[..6] + "-" + parent.CaseNumber[6..]);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        // Step 2, at the draft's own address now that the match stored it: the email on file is filled in; a reload keeps the draft.
        await ExpectStepAsync(page, "Your account", "Your account (step 2 of 9) - Arizona Child Support Portal");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/register/[0-9a-f-]{36}$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Registration progress" }).Locator("[aria-current='step']")).ToContainTextAsync("Your account");
        await page.ReloadAsync();
        await page.WaitForCircuitAsync();
        await ExpectStepAsync(page, "Your account", "Your account (step 2 of 9) - Arizona Child Support Portal");
        await Assertions.Expect(page.GetByLabel("Email address", new() { Exact = true })).ToHaveValueAsync(parent.Email);
        await page.AssertNoSeriousAccessibilityViolationsAsync();
        await page.GetByLabel("Confirm email address").FillAsync(parent.Email);
        // A username someone already has: only "Create account" can tell.
        await page.GetByLabel("Username").FillAsync(Demo.RegisteredParent.UserName!);
        await page.GetByRole(AriaRole.Group, new() { Name = "How should we contact you?" }).GetByLabel("Email").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        // Step 3.
        await ExpectStepAsync(page, "Terms and conditions", "Terms and conditions (step 3 of 9) - Arizona Child Support Portal");
        await page.AssertNoSeriousAccessibilityViolationsAsync();
        await page.GetByLabel("I have read and accept the terms and conditions").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        // Step 4, with a change that comes back to the summary.
        await ExpectStepAsync(page, "Check your answers", "Check your answers (step 4 of 9) - Arizona Child Support Portal");
        await page.AssertNoSeriousAccessibilityViolationsAsync();
        var main = page.GetByRole(AriaRole.Main);
        await Assertions.Expect(main).ToContainTextAsync(parent.CaseNumber);
        await Assertions.Expect(main).ToContainTextAsync($"{parent.FirstName} {parent.LastName}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Change Contact method" }).ClickAsync();
        await ExpectStepAsync(page, "Your account", "Your account (step 2 of 9) - Arizona Child Support Portal");
        await page.GetByRole(AriaRole.Group, new() { Name = "How should we contact you?" }).GetByLabel("Phone").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await ExpectStepAsync(page, "Check your answers", "Check your answers (step 4 of 9) - Arizona Child Support Portal");
        await Assertions.Expect(main.Locator(".review-list")).ToContainTextAsync("Phone");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();

        // The taken username sends the parent back to step 2, with the message next to the field.
        await ExpectStepAsync(page, "Your account", "Your account (step 2 of 9) - Arizona Child Support Portal");
        await Assertions.Expect(page.Locator("#username-error")).ToContainTextAsync("already taken");
        await Assertions.Expect(page.GetByLabel("Username")).ToHaveAttributeAsync("aria-invalid", "true");
        await page.AssertNoSeriousAccessibilityViolationsAsync();
        await page.GetByLabel("Username").FillAsync("elisa.lang");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await ExpectStepAsync(page, "Check your answers", "Check your answers (step 4 of 9) - Arizona Child Support Portal");
        await Assertions.Expect(main.Locator(".review-list")).ToContainTextAsync("elisa.lang");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();

        // Step 5 and the email.
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Thank you: check your email" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Step 5 of 9")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("24 hours");
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).Not.ToContainTextAsync("mailbox");
        await page.AssertNoSeriousAccessibilityViolationsAsync();

        var services = portal.Factory.KestrelServices;
        await using var db = await services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var user = await db.Users.SingleAsync(u => u.PersonId == parent.PersonId);
        Assert.Equal("elisa.lang", user.UserName);
        Assert.False(user.EmailConfirmed);
        Assert.Equal(Portal.Domain.Accounts.ContactMethod.Phone, user.PreferredContact);
        var emailId = await db.OutboxMessages.Where(m => m.Kind == "VerifyEmailAddress" && m.ToAddress == parent.Email)
            .OrderByDescending(m => m.CreatedAt).Select(m => m.Id).FirstAsync();
        var delivered = await MailFolderWatcher.WaitForMessageAsync(portal.Factory.MailFolder, emailId);
        var message = EmlReader.Read(emailId, await File.ReadAllTextAsync(delivered));
        Assert.Contains(parent.Email, message.To, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(new Uri(portal.Factory.ServerAddress, "register/verify?token=").ToString(), message.TextBody, StringComparison.Ordinal);

        // Read the email in the development mailbox and follow its link, as the parent would in their inbox.
        await page.GotoAsync("/dev/mailbox");
        await page.Locator($"a[href='/dev/mailbox/{emailId:N}']").ClickAsync();
        await page.GetByRole(AriaRole.Region, new() { Name = "Links in this message" }).GetByRole(AriaRole.Link).First.ClickAsync();
        await page.WaitForCircuitAsync();
        await ActivationJourney.CompleteAsync(page);

        await using var check = await services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var activated = await check.Users.AsNoTracking().SingleAsync(u => u.PersonId == parent.PersonId);
        Assert.True(activated.EmailConfirmed);
        Assert.NotNull(activated.ActivatedAt);
    }

    [Fact]
    public async Task At_360_pixels_find_your_case_fits_without_sideways_scrolling_even_with_errors()
    {
        await using var session = await browser.OpenAsync(portal.Factory, "/register", width: PortalSite.PhoneWidth, height: 740);
        var page = session.Page;
        await page.WaitForCircuitAsync();
        await ExpectStepAsync(page, "Find your case", "Find your case (step 1 of 9) - Arizona Child Support Portal");

        Assert.False(await page.ScrollsHorizontallyAsync());

        await page.GetByLabel("Child support case number").FillAsync("62954A1300");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        var summary = page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "There is a problem" });
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await Assertions.Expect(page.GetByLabel("Child support case number")).ToHaveValueAsync("62954A1300");
        await Assertions.Expect(page.GetByLabel("Child support case number")).ToHaveAttributeAsync("aria-invalid", "true");
        Assert.False(await page.ScrollsHorizontallyAsync());
        await page.AssertNoSeriousAccessibilityViolationsAsync();

        // A message in the summary takes the keyboard to its field.
        await summary.GetByRole(AriaRole.Link, new() { Name = "Enter your case number using numbers only" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Child support case number")).ToBeFocusedAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/register$"));
    }

    [Fact]
    public async Task In_Spanish_find_your_case_is_translated_and_fits_360_pixels()
    {
        await using var session = await browser.OpenAsync(portal.Factory, "/culture/es-US?returnUrl=%2Fregister", width: PortalSite.PhoneWidth, height: 740);
        var page = session.Page;
        await page.WaitForCircuitAsync();

        await ExpectStepAsync(page, "Encuentre su caso", "Encuentre su caso (paso 1 de 9) - Portal de Manutención de Menores de Arizona");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "es");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continuar" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Hay un problema" })).ToBeFocusedAsync();
        Assert.False(await page.ScrollsHorizontallyAsync());
        await page.AssertNoSeriousAccessibilityViolationsAsync();
    }

    [Fact]
    public async Task A_parent_on_a_non_IV_D_case_is_sent_to_the_Clerk_of_Court()
    {
        await using var session = await browser.OpenAsync(portal.Factory, "/register");
        var page = session.Page;
        await page.WaitForCircuitAsync();

        await FillFindCaseAsync(page, Demo.NonIvDParent, Demo.NonIvDParent.CaseNumber);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Clerk of the Superior Court" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Find your case" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_wrong_ZIP_gets_the_one_generic_message_and_the_SSN_is_not_shown_again()
    {
        var parent = Demo.ReadyToRegister;
        await using var session = await browser.OpenAsync(portal.Factory, "/register");
        var page = session.Page;
        await page.WaitForCircuitAsync();

        await FillFindCaseAsync(page, parent with { Zip = "85001" }, parent.CaseNumber);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "We could not match these details to an open child support case." })).ToBeVisibleAsync();
        // The SSN is not kept after a failed match, and the page says so; nothing else typed is lost.
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("For your security, we cleared your Social Security number or ITIN: type it again.");
        await Assertions.Expect(page.GetByLabel("Social Security number or ITIN")).ToHaveValueAsync("");
        await Assertions.Expect(page.GetByLabel("ZIP code")).ToHaveValueAsync("85001");
        await Assertions.Expect(page.GetByLabel("Mailing address")).ToHaveValueAsync(parent.AddressLine1);
        await Assertions.Expect(page.GetByLabel("Child support case number")).ToHaveValueAsync(parent.CaseNumber);
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).Not.ToContainTextAsync("ZIP code does not");

        // The failure was counted against this browser's own address (127.0.0.1), not an unknown client.
        await using var db = await portal.Factory.KestrelServices.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var clientKey = FailedMatchAttempt.ClientKeyOf("127.0.0.1");
        Assert.True(await db.FailedMatchAttempts.AnyAsync(a => a.ClientKey == clientKey && a.CaseNumber == parent.CaseNumber));
    }

    private static async Task ExpectStepAsync(IPage page, string heading, string title)
    {
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = heading })).ToBeVisibleAsync();
        await Assertions.Expect(page).ToHaveTitleAsync(title);
        Assert.False(await page.ScrollsHorizontallyAsync(), $"{heading} scrolls sideways");
    }

    internal static async Task FillFindCaseAsync(IPage page, DemoParent parent, string caseNumber)
    {
        await page.GetByLabel("Child support case number").FillAsync(caseNumber);
        await page.GetByLabel("Social Security number or ITIN").FillAsync(parent.Ssn);
        await page.GetByLabel("Month").FillAsync(parent.DateOfBirth.Month.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("Day").FillAsync(parent.DateOfBirth.Day.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("Year").FillAsync(parent.DateOfBirth.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("Mailing address").FillAsync(parent.AddressLine1);
        if (parent.AddressLine2 is { } line2) await page.GetByLabel("Apartment, suite or unit (optional)").FillAsync(line2);
        await page.GetByLabel("ZIP code").FillAsync(parent.Zip);
    }
}
