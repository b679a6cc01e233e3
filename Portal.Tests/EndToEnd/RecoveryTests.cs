using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.App.Infrastructure.Data;
using Portal.App.Infrastructure.Data.Seeding;
using Portal.App.Infrastructure.Email.Pickup;
using Portal.App.Infrastructure.Identity;
using Portal.Tests.Support;

namespace Portal.Tests.EndToEnd;

[Collection(E2ECollection.Name)]
public sealed class RecoveryTests(BrowserFixture browser, SeededPortal portal)
{
    private static readonly DemoParent Parent = DemoData.Load().Identities.RegisteredParent;

    /// <summary>
    /// For what follows checking answers or setting a password: three PBKDF2 checks of 210,000 iterations, which on
    /// two cores busy with the rest of the suite can take longer than Playwright's default 5 seconds.
    /// </summary>
    internal static readonly LocatorAssertionsToBeVisibleOptions AfterHashing = new() { Timeout = 30_000 };

    [Fact]
    public async Task Forgot_username_shows_the_username_after_the_questions_and_emails_it()
    {
        var since = DateTimeOffset.UtcNow;
        await using var session = await browser.OpenAsync(portal.Factory, "/forgot-username");
        var page = session.Page;
        await page.WaitForCircuitAsync();
        await Assertions.Expect(page).ToHaveTitleAsync("Forgot username - Arizona Child Support Portal");
        await page.AssertNoSeriousAccessibilityViolationsAsync();

        await page.GetByLabel("Email address").FillAsync(Parent.Email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Get security questions" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Step 2 of 2")).ToBeVisibleAsync();
        await page.AssertNoSeriousAccessibilityViolationsAsync();

        // One wrong answer: the one generic message, naming no question.
        await AnswerAsync(page, wrongSecond: true);
        await Assertions.Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "We could not confirm your answers" })).ToBeVisibleAsync(AfterHashing);
        await page.AssertNoSeriousAccessibilityViolationsAsync();

        await AnswerAsync(page, wrongSecond: false);
        await Assertions.Expect(page.Locator("[data-testid=recovered-username]")).ToBeVisibleAsync(AfterHashing);
        await Assertions.Expect(page.Locator("[data-testid=recovered-username]")).ToHaveTextAsync(Parent.UserName!);
        await Assertions.Expect(page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Sign in" })).ToHaveAttributeAsync("href", "signin");
        await page.AssertNoSeriousAccessibilityViolationsAsync();

        var email = await DeliveredAsync("UsernameReminder", since);
        Assert.Contains(Parent.UserName!, email.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forgot_password_sets_a_new_password_that_works_and_sends_a_notice()
    {
        const string newPassword = "Ironwood#Trail58";
        var since = DateTimeOffset.UtcNow;
        try
        {
            await using var session = await browser.OpenAsync(portal.Factory, "/forgot-password");
            var page = session.Page;
            await page.WaitForCircuitAsync();
            await page.AssertNoSeriousAccessibilityViolationsAsync();

            await page.GetByLabel("Email address").FillAsync(Parent.Email);
            await page.GetByLabel("Child support case number").FillAsync(Parent.CaseNumber);
            await page.GetByRole(AriaRole.Button, new() { Name = "Get security questions" }).ClickAsync();
            await Assertions.Expect(page.GetByText("Step 2 of 3")).ToBeVisibleAsync();
            await page.AssertNoSeriousAccessibilityViolationsAsync();

            await AnswerAsync(page, wrongSecond: false);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Choose a new password" })).ToBeVisibleAsync(AfterHashing);
            await page.AssertNoSeriousAccessibilityViolationsAsync();

            await page.GetByLabel("Password", new() { Exact = true }).FillAsync(newPassword);
            await page.GetByLabel("Type your password again").FillAsync(newPassword);
            await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Your password was changed" })).ToBeVisibleAsync(AfterHashing);
            await Assertions.Expect(page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Sign in" })).ToHaveAttributeAsync("href", "signin");
            await page.AssertNoSeriousAccessibilityViolationsAsync();

            await using var scope = portal.Factory.KestrelServices.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            Assert.True(await users.CheckPasswordAsync((await users.FindByNameAsync(Parent.UserName!))!, newPassword));
            var notice = await DeliveredAsync("PasswordChanged", since);
            Assert.Contains(Parent.Email, notice.To, StringComparison.OrdinalIgnoreCase);
        }
        finally
        {
            // The collection shares this database: put the documented demo password back.
            await using var scope = portal.Factory.KestrelServices.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var user = (await users.FindByNameAsync(Parent.UserName!))!;
            await users.RemovePasswordAsync(user);
            Assert.True((await users.AddPasswordAsync(user, Parent.Password!)).Succeeded);
        }
    }

    [Fact]
    public async Task Forgot_case_number_at_360_pixels_says_the_same_for_a_match_and_emails_the_case_number_only_then()
    {
        var since = DateTimeOffset.UtcNow;
        var unknown = await SubmitCaseNumberFormAsync(Parent with { Zip = "85001" }, scan: false);
        var known = await SubmitCaseNumberFormAsync(Parent, scan: true);

        Assert.Equal(unknown, known);
        var email = await DeliveredAsync("CaseNumberReminder", since);
        Assert.Contains(Parent.CaseNumber, email.TextBody, StringComparison.Ordinal);
        await using var db = await portal.Factory.KestrelServices.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        Assert.Equal(1, db.OutboxMessages.Where(m => m.Kind == "CaseNumberReminder").AsEnumerable().Count(m => m.CreatedAt >= since));
    }

    [Fact]
    public async Task Forgot_security_answers_gives_customer_service_hours_and_numbers_and_explains_pin_versus_password()
    {
        await using var session = await browser.OpenAsync(portal.Factory, "/forgot-security-answers");
        var page = session.Page;

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Forgot the answers to your security questions");
        await Assertions.Expect(page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "602-252-4045" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "800-882-4151" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "PIN versus password" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Forgot password" })).ToHaveAttributeAsync("href", "forgot-password");
        await page.AssertNoSeriousAccessibilityViolationsAsync();
    }

    [Theory]
    [InlineData("/forgot-username", false)]
    [InlineData("/forgot-password", true)]
    public async Task An_unknown_email_gets_a_questions_page_of_the_same_structure_and_status_as_a_real_account(string path, bool withCase)
    {
        var real = await QuestionsPageAsync(path, Parent.Email, withCase ? Parent.CaseNumber : null, scan: false);
        var unknown = await QuestionsPageAsync(path, "no.such.parent@example.net", withCase ? Parent.CaseNumber : null, scan: true);

        Assert.Equal(200, real.Status);
        Assert.Equal(real.Status, unknown.Status);
        Assert.Equal(3, real.LabelCount);
        Assert.Equal(real.LabelCount, unknown.LabelCount);
        Assert.Equal(real.Structure, unknown.Structure);
        Assert.Equal(3, unknown.Questions.Distinct().Count());
        Assert.NotEqual(real.Questions, unknown.Questions);
    }

    private sealed record QuestionsPage(int Status, int LabelCount, string Structure, IReadOnlyList<string> Questions);

    /// <param name="scan">Whether to run axe: the real account's questions are scanned in the flows above.</param>
    private async Task<QuestionsPage> QuestionsPageAsync(string path, string email, string? caseNumber, bool scan)
    {
        await using var session = await browser.OpenAsync(portal.Factory, "/");
        var page = session.Page;
        var response = await page.GotoAsync(path);
        await page.WaitForCircuitAsync();
        await page.GetByLabel("Email address").FillAsync(email);
        if (caseNumber is not null) await page.GetByLabel("Child support case number").FillAsync(caseNumber);
        await page.GetByRole(AriaRole.Button, new() { Name = "Get security questions" }).ClickAsync();
        await Assertions.Expect(page.Locator("#recovery-answer-3")).ToBeVisibleAsync();
        if (scan) await page.AssertNoSeriousAccessibilityViolationsAsync();

        var structure = await StructureAsync(page);
        var labels = page.Locator(".recovery-form label");
        return new QuestionsPage(response!.Status, await labels.CountAsync(), structure, await labels.AllTextContentsAsync());
    }

    // Every element of the page's main region by tag, id, role, type, class and description: everything but the words.
    private static Task<string> StructureAsync(IPage page) => page.EvaluateAsync<string>("""
        () => Array.from(document.querySelectorAll('main *')).map(e =>
            [e.tagName, e.id, e.getAttribute('role') ?? '', e.getAttribute('type') ?? '', e.getAttribute('class') ?? '', e.getAttribute('aria-describedby') ?? ''].join('|')).join('\n')
        """);

    private async Task<string> SubmitCaseNumberFormAsync(DemoParent parent, bool scan)
    {
        await using var session = await browser.OpenAsync(portal.Factory, "/forgot-case-number", width: PortalSite.PhoneWidth, height: 740);
        var page = session.Page;
        await page.WaitForCircuitAsync();
        Assert.False(await page.ScrollsHorizontallyAsync());
        if (scan) await page.AssertNoSeriousAccessibilityViolationsAsync();

        await FillCaseNumberFormAsync(page, parent);
        await page.GetByRole(AriaRole.Button, new() { Name = "Email my case number" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Check your email" })).ToBeVisibleAsync();
        Assert.False(await page.ScrollsHorizontallyAsync());
        if (scan) await page.AssertNoSeriousAccessibilityViolationsAsync();
        // What a person reads, and the page's structure (an element's _bl_ reference id differs per circuit, so not the raw HTML).
        return await page.Locator("main").InnerTextAsync() + "\n" + await StructureAsync(page);
    }

    internal static async Task FillCaseNumberFormAsync(IPage page, DemoParent parent)
    {
        await page.GetByLabel("Social Security number or ITIN").FillAsync(parent.Ssn);
        await page.GetByLabel("Month").FillAsync(parent.DateOfBirth.Month.ToString(CultureInfo.InvariantCulture));
        await page.GetByLabel("Day").FillAsync(parent.DateOfBirth.Day.ToString(CultureInfo.InvariantCulture));
        await page.GetByLabel("Year").FillAsync(parent.DateOfBirth.Year.ToString(CultureInfo.InvariantCulture));
        await page.GetByLabel("Mailing address").FillAsync(parent.AddressLine1);
        if (parent.AddressLine2 is { } line2) await page.GetByLabel("Apartment, suite or unit (optional)").FillAsync(line2);
        await page.GetByLabel("ZIP code").FillAsync(parent.Zip);
    }

    internal static async Task AnswerAsync(IPage page, bool wrongSecond)
    {
        var labels = await page.Locator(".recovery-form label").AllTextContentsAsync();
        for (var i = 0; i < labels.Count; i++)
        {
            var answer = AnswerTo(labels[i].Trim());
            await page.GetByLabel(labels[i].Trim()).FillAsync(wrongSecond && i == 1 ? "Tucson" : answer);
        }
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
    }

    /// <summary>The demo parent's answer to a question, by its English wording.</summary>
    private static string AnswerTo(string question) => question switch
    {
        "What was the name of your first pet?" => Answer("FirstPetName"),
        "In what city were you born?" => Answer("CityOfBirth"),
        "What was the name of your favorite teacher?" => Answer("FavoriteTeacher"),
        _ => throw new InvalidOperationException("Not one of the demo parent's questions: " + question),
    };

    private static string Answer(string question) => Parent.SecurityAnswers!.Single(a => a.Question == question).Answer;

    private async Task<MailboxMessage> DeliveredAsync(string kind, DateTimeOffset since)
    {
        await using var db = await portal.Factory.KestrelServices.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var id = db.OutboxMessages.Where(m => m.Kind == kind && m.ToAddress == Parent.Email).AsEnumerable()
            .Where(m => m.CreatedAt >= since).OrderByDescending(m => m.CreatedAt).Select(m => m.Id).First();
        var file = await MailFolderWatcher.WaitForMessageAsync(portal.Factory.MailFolder, id);
        return EmlReader.Read(id, await File.ReadAllTextAsync(file));
    }
}
