using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Features.Accounts.Security;
using Portal.App.Features.Accounts.Shared;
using Portal.App.Infrastructure.Identity;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Accounts.Security;

/// <summary>The passkey list on the account security page, over the real passkey store of a test portal.</summary>
public sealed class PasskeyListTests : BunitContext, IClassFixture<PasskeyListTests.Portal>
{
    private readonly ControlledPortal portal;
    private readonly string parent = $"pkl.{Guid.NewGuid():N}"[..18];

    public sealed class Portal : IDisposable
    {
        public ControlledPortal App { get; } = new();

        public void Dispose() => App.Dispose();
    }

    public PasskeyListTests(Portal fixture)
    {
        portal = fixture.App;
        this.AddPortalTestServices();
        Services.AddSingleton(portal.Services.GetRequiredService<AccountPasskeys>());
        Services.AddSingleton(portal.Services.GetRequiredService<RecentSignInGate>());
        JSInterop.Mode = JSRuntimeMode.Loose; // focus
        JSInterop.Setup<bool>("portalPasskeys.supported").SetResult(true);
    }

    [Fact]
    public async Task Each_passkey_shows_when_it_was_added_and_last_used_with_buttons_that_name_it()
    {
        using var culture = CultureScope.English();
        await SignInAsync(minutesAgo: 1);
        await AddPasskeyAsync("Kitchen laptop", lastUsed: new DateTimeOffset(2026, 11, 21, 17, 30, 0, TimeSpan.Zero));
        await AddPasskeyAsync("<b>Phone</b>", lastUsed: null);

        var list = Render<PasskeyList>();

        var items = list.FindAll(".passkey-list__item");
        Assert.Equal(2, items.Count);
        Assert.Equal(["Kitchen laptop", "<b>Phone</b>"], items.Select(i => i.QuerySelector(".passkey-list__name")!.TextContent.Trim()));
        Assert.Contains("Last used to sign in 11/21/2026 10:30 AM", string.Join(" ", items[0].TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal); // Arizona time
        Assert.Contains("Not used to sign in yet", items[1].TextContent, StringComparison.Ordinal);
        Assert.Equal("Remove Kitchen laptop", items[0].QuerySelectorAll("button")[1].GetAttribute("aria-label"));
        Assert.Empty(list.FindAll("b")); // a name is text, never markup
    }

    [Fact]
    public async Task A_missing_name_is_said_at_the_field_and_no_passkey_is_asked_for()
    {
        using var culture = CultureScope.English();
        await SignInAsync(minutesAgo: 1);
        var list = Render<PasskeyList>();
        list.WaitForElement("form.passkey-add button:not([disabled])");

        list.Find("form.passkey-add").Submit();

        Assert.EndsWith("Enter a name for the passkey.", list.Find("#passkey-name-error").TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("true", list.Find("#passkey-name").GetAttribute("aria-invalid"));
        Assert.Single(list.FindAll(".error-summary a"));
        Assert.Empty(JSInterop.Invocations["portalPasskeys.register"]);
    }

    [Fact]
    public async Task Renaming_keeps_the_new_name_and_says_so()
    {
        using var culture = CultureScope.English();
        await SignInAsync(minutesAgo: 1);
        await AddPasskeyAsync("Kitchen laptop", lastUsed: null);
        var list = Render<PasskeyList>();

        Rename(list, "Kitchen laptop", "  Work laptop ");

        list.WaitForAssertion(() => Assert.Equal("Work laptop", list.Find(".passkey-list__name").TextContent.Trim()));
        Assert.Equal("The passkey is now called “Work laptop”.", list.Find("#passkeys-outcome").TextContent.Trim());
    }

    [Fact]
    public async Task Long_after_signing_in_a_change_asks_for_the_password_first()
    {
        using var culture = CultureScope.English();
        await SignInAsync(minutesAgo: 25);
        await AddPasskeyAsync("Kitchen laptop", lastUsed: null);
        var list = Render<PasskeyList>();

        Rename(list, "Kitchen laptop", "Work laptop");

        list.WaitForAssertion(() => Assert.Equal("Your password", list.Find("label[for=passkey-password]").TextContent.Trim()));
        Assert.Contains("You will not be asked again for 10 minutes.", list.Find("#passkey-password-question").TextContent, StringComparison.Ordinal);
        Assert.Equal("Kitchen laptop", (await ListAsync()).Single().Name);
    }

    [Fact]
    public async Task In_Spanish_the_list_and_its_form_are_in_Spanish()
    {
        using var culture = CultureScope.Spanish();
        await SignInAsync(minutesAgo: 1);

        var list = Render<PasskeyList>();

        Assert.Equal("Llaves de acceso", list.Find("#passkeys-heading").TextContent.Trim());
        Assert.Equal("Todavía no tiene llaves de acceso.", list.Find("#no-passkeys").TextContent.Trim());
        Assert.Equal("Nombre para una llave de acceso nueva", list.Find("label[for=passkey-name]").TextContent.Trim());
    }

    private ClaimsPrincipal session = default!;

    private static void Rename(IRenderedComponent<PasskeyList> list, string from, string to)
    {
        list.Find($"button[aria-label='Rename {from}']").Click();
        list.Find("#passkey-rename").Input(to);
        list.FindAll("button").Single(b => b.TextContent.Trim() == "Save name").Click();
    }

    private async Task SignInAsync(int minutesAgo)
    {
        await TestAccounts.CreateActivatedAsync(portal.Services, parent, personId: "P-" + parent);
        session = await TestSessions.StartAsync(portal.Services, parent, portal.Clock.GetUtcNow().AddMinutes(-minutesAgo));
        Services.GetRequiredService<Bunit.TestDoubles.BunitAuthorizationContext>().SignIn(parent, [.. session.Claims]);
    }

    private Task<IReadOnlyList<PasskeySummary>> ListAsync() => portal.Services.GetRequiredService<AccountPasskeys>().ListAsync(session);

    private async Task AddPasskeyAsync(string name, DateTimeOffset? lastUsed)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = (await users.FindByNameAsync(parent))!;
        var id = Guid.NewGuid().ToByteArray();
        var created = portal.Clock.GetUtcNow().AddDays((await users.GetPasskeysAsync(user)).Count - 10); // in the order added
        Assert.True((await users.AddOrUpdatePasskeyAsync(user, new UserPasskeyInfo(id, [1, 2, 3], created, 0, ["internal"], true, false, false, [4], [5]) { Name = name })).Succeeded);
        if (lastUsed is { } used)
        {
            await using var db = await portal.CreateDbContextAsync();
            db.PasskeyUses.Add(new PasskeyUse(id, used));
            await db.SaveChangesAsync();
        }
    }
}
