using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.App.Infrastructure.Data;
using Portal.Tests.Features.Cases.Dashboard;
using Portal.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Portal.Tests.EndToEnd;

/// <summary>
/// One parent, several browsers: a copy of a session cookie dies with the session it was copied from, and the account
/// security page lists the devices signed in and signs another one out (whose open page then goes to sign in by itself).
/// </summary>
[Collection(E2ESecondLane.Name)]
public sealed partial class SessionListTests(BrowserFixture browser)
{
    private const string UserName = "two.devices";
    private const string AndroidChrome = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36";

    [Fact]
    public async Task A_copied_cookie_stops_working_at_sign_out_and_the_parent_signs_out_another_device_from_the_list()
    {
        // The circuit re-checks every second here (production: every minute), so an open page's end is seen quickly.
        using var portal = new KestrelPortalFactory(seed: false) { Settings = { ["Session:RevalidationInterval"] = "00:00:01" } };
        await using (var db = await portal.KestrelServices.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync()) await DashboardCases.AddAsync(db);
        await TestAccounts.CreateActivatedAsync(portal.KestrelServices, UserName, DashboardCases.Parent);

        await using var laptop = await browser.OpenAsync(portal, "/");
        await laptop.Page.SignInAsync(portal, UserName, TestAccounts.Password);
        await using var phone = await browser.OpenAsync(portal, "/", width: PortalSite.PhoneWidth, userAgent: AndroidChrome);
        await phone.Page.SignInAsync(portal, UserName, TestAccounts.Password, returnUrl: "/account/security");

        // A third browser holding a copy of the laptop's cookie opens the dashboard, until the laptop signs out.
        await using var thief = await browser.OpenAsync(portal, "/");
        var copied = (await laptop.Context.CookiesAsync()).Single(c => c.Name == "portal.session");
        await thief.Context.AddCookiesAsync([new Cookie { Name = copied.Name, Value = copied.Value, Domain = copied.Domain, Path = copied.Path, HttpOnly = copied.HttpOnly, SameSite = copied.SameSite }]);
        await thief.Page.GotoAsync("/dashboard");
        await Expect(thief.Page).ToHaveURLAsync(DashboardAddress());
        await laptop.Page.GotoAsync("/signout");
        await laptop.Page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(laptop.Page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "You are signed out" })).ToBeVisibleAsync();
        // A fresh tab: the open one may itself be sent to sign-in by its circuit as the session ends, which would
        // interrupt this navigation.
        var again = await thief.Context.NewPageAsync();
        await again.GotoAsync("/dashboard");
        await again.WaitForURLAsync(url => url.Contains("/signin", StringComparison.Ordinal));

        // The laptop signs in again; the phone's list shows both, and signs the laptop out.
        await laptop.Page.SignInAsync(portal, UserName, TestAccounts.Password, returnUrl: "/account/security");
        await laptop.Page.WaitForCircuitAsync();
        var page = phone.Page;
        await page.GotoAsync("/account/security");
        await page.WaitForCircuitAsync();
        var list = page.GetByRole(AriaRole.List, new() { Name = "Where you are signed in" });
        await Expect(list.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(2);
        await Expect(list.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "This device" })).ToContainTextAsync("Chrome on Android");
        await Expect(list.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Chrome on Linux" })).ToBeVisibleAsync();
        await Expect(list).Not.ToContainTextAsync("127.0.0.1"); // the network at most, never the address
        await page.AssertNoSeriousAccessibilityViolationsAsync();
        Assert.False(await page.ScrollsHorizontallyAsync());

        await page.GotoAsync("/culture/es-US?returnUrl=%2Faccount%2Fsecurity");
        await page.WaitForCircuitAsync();
        var lista = page.GetByRole(AriaRole.List, new() { Name = "Dónde tiene la sesión iniciada" });
        await Expect(lista.GetByRole(AriaRole.Listitem).Filter(new() { HasText = "Este dispositivo" })).ToContainTextAsync("Chrome en Android");
        await page.AssertNoSeriousAccessibilityViolationsAsync();
        Assert.False(await page.ScrollsHorizontallyAsync());

        await lista.GetByRole(AriaRole.Button, new() { Name = "Cerrar sesión en Chrome en Linux" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Se cerró la sesión en Chrome en Linux." })).ToHaveCountAsync(1);
        await Expect(lista.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(1);
        await Expect(page.GetByText("Ningún otro dispositivo tiene la sesión iniciada en su cuenta.")).ToBeVisibleAsync();

        // The laptop's open page notices by itself, without a click or a reload.
        await laptop.Page.WaitForURLAsync(url => url.Contains("/signin", StringComparison.Ordinal), new() { Timeout = 15_000 });
        await phone.Page.GotoAsync("/dashboard");
        await Expect(phone.Page).ToHaveURLAsync(DashboardAddress());
    }

    [GeneratedRegex("/dashboard$")]
    private static partial Regex DashboardAddress();
}
