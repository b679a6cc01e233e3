using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.App.Infrastructure.Identity;

namespace Portal.Tests.Support;

/// <summary>Signing in through the browser, as a person does: username and password, then the emailed code.</summary>
public static class SignInSteps
{
    /// <summary>Signs in from /signin and waits for the page the portal lands on (the dashboard for a parent).</summary>
    public static async Task SignInAsync(this IPage page, KestrelPortalFactory portal, string userName, string password, string? returnUrl = null)
    {
        var code = await StartSignInAsync(page, portal, userName, password, returnUrl);
        await page.GetByLabel("6-digit code").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "Verify and sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/signin", StringComparison.Ordinal));
    }

    /// <summary>Completes the password step and returns the code emailed for it, leaving the page on "Email Sent!".</summary>
    public static async Task<string> StartSignInAsync(this IPage page, KestrelPortalFactory portal, string userName, string password, string? returnUrl = null)
    {
        var email = await EmailOfAsync(portal, userName);
        var seen = MailFolderWatcher.Snapshot(portal.MailFolder);
        await page.GotoAsync(returnUrl is null ? "/signin" : $"/signin?returnUrl={Uri.EscapeDataString(returnUrl)}");
        await page.GetByLabel("Username or email").FillAsync(userName);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Email Sent!" })).ToBeVisibleAsync();
        return await SignInCodes.WaitForNewCodeAsync(portal.MailFolder, email, seen);
    }

    private static async Task<string> EmailOfAsync(KestrelPortalFactory portal, string userName)
    {
        using var scope = portal.KestrelServices.CreateScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByNameAsync(userName);
        return user?.Email ?? throw new InvalidOperationException($"no account {userName}");
    }
}
