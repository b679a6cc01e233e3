using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Features.Accounts.Security;
using Portal.App.Features.Accounts.Shared;
using Portal.App.Infrastructure.Identity;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Accounts.Security;

/// <summary>
/// Passkeys against the real app, answered by a software authenticator: adding one (named, emailed, recent sign-in
/// needed), listing, renaming and removing it, and signing in with it in place of the password and code.
/// </summary>
public sealed class PasskeyTests(PasskeyTests.Portal fixture) : IClassFixture<PasskeyTests.Portal>, IAsyncLifetime
{
    private readonly ControlledPortal portal = fixture.App;
    private readonly SoftAuthenticator authenticator = new();
    private readonly string parent = $"pk.{Guid.NewGuid():N}"[..18];
    private readonly string other = $"pko.{Guid.NewGuid():N}"[..18];

    public sealed class Portal : IDisposable
    {
        public ControlledPortal App { get; } = new();

        public void Dispose() => App.Dispose();
    }

    public async Task InitializeAsync()
    {
        await TestAccounts.CreateActivatedAsync(portal.Services, parent, personId: "P-" + parent);
        await TestAccounts.CreateActivatedAsync(portal.Services, other, personId: "P-" + other);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_parent_adds_a_named_passkey_then_renames_and_removes_it_and_is_emailed_each_time_it_is_added_or_removed()
    {
        using var client = await SignedInClient.CreateAsync(portal, parent, TestAccounts.Password);

        var added = await PasskeySteps.RegisterAsync(client, authenticator, "  Kitchen\tlaptop ");

        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var session = await SessionAsync(parent);
        var listed = Assert.Single(await WithPasskeysAsync(p => p.ListAsync(session)));
        Assert.Equal(("Kitchen laptop", portal.Clock.GetUtcNow(), (DateTimeOffset?)null), (listed.Name, listed.CreatedAt, listed.LastUsedAt));
        Assert.Equal(authenticator.Passkeys[0].Id, listed.Id);
        Assert.Contains("Kitchen laptop", await EmailTextAsync(parent, "PasskeyAdded"), StringComparison.Ordinal);

        Assert.Equal(PasskeyChangeResult.Done, await WithPasskeysAsync(p => p.RenameAsync(session, listed.Id, "Work phone")));
        Assert.Equal("Work phone", Assert.Single(await WithPasskeysAsync(p => p.ListAsync(session))).Name);
        Assert.Equal(PasskeyChangeResult.InvalidName, await WithPasskeysAsync(p => p.RenameAsync(session, listed.Id, "   ")));

        Assert.Equal(PasskeyChangeResult.Done, await WithPasskeysAsync(p => p.RemoveAsync(session, listed.Id)));
        Assert.Empty(await WithPasskeysAsync(p => p.ListAsync(session)));
        Assert.Contains("Work phone", await EmailTextAsync(parent, "PasskeyRemoved"), StringComparison.Ordinal);
        Assert.Contains(portal.Logs.Entries, e => e.Message == "An account added a passkey");
        Assert.Contains(portal.Logs.Entries, e => e.Message == "An account removed a passkey");
        Assert.DoesNotContain("Kitchen laptop", portal.Logs.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(parent, portal.Logs.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_in_with_a_passkey_takes_both_steps_starts_a_stored_session_and_records_when_it_was_used()
    {
        var passkey = await RegisteredPasskeyAsync();
        portal.Clock.Advance(TimeSpan.FromMinutes(3));
        using var browser = NewBrowser();
        var sessionsBefore = await OpenSessionsAsync(parent);

        var signedIn = await PasskeySteps.SignInAsync(browser, authenticator, passkey);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/dashboard", signedIn.Headers.Location?.AbsolutePath);
        Assert.Contains(signedIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("portal.session=", StringComparison.Ordinal) && !c.StartsWith("portal.session=;", StringComparison.Ordinal));
        Assert.Equal(sessionsBefore + 1, await OpenSessionsAsync(parent));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/account/security")).StatusCode);
        var owner = await SessionAsync(parent);
        var listed = Assert.Single(await WithPasskeysAsync(p => p.ListAsync(owner)));
        Assert.Equal(portal.Clock.GetUtcNow(), listed.LastUsedAt);
        Assert.Equal("Kitchen laptop", listed.Name); // the new signature counter did not lose the name
        Assert.Equal(portal.Clock.GetUtcNow(), (await TestAccounts.FindAsync(portal.Services, parent)).LastSignInAt);
    }

    [Fact]
    public async Task A_removed_passkey_no_longer_signs_in()
    {
        var passkey = await RegisteredPasskeyAsync();
        var session = await SessionAsync(parent);
        Assert.Equal(PasskeyChangeResult.Done, await WithPasskeysAsync(p => p.RemoveAsync(session, passkey.Id)));
        using var browser = NewBrowser();

        var refused = await PasskeySteps.SignInAsync(browser, authenticator, passkey);

        await AssertRefusedAsync(refused);
    }

    [Fact]
    public async Task A_passkey_is_refused_for_another_account_and_cannot_be_changed_from_it()
    {
        var passkey = await RegisteredPasskeyAsync();
        using var browser = NewBrowser();

        // The other account's name typed first: this passkey is not theirs.
        await AssertRefusedAsync(await PasskeySteps.SignInAsync(browser, authenticator, passkey, login: other));
        // Nor can the other account rename or remove it.
        var otherSession = await SessionAsync(other);
        Assert.Equal(PasskeyChangeResult.NotFound, await WithPasskeysAsync(p => p.RemoveAsync(otherSession, passkey.Id)));
        Assert.Equal(PasskeyChangeResult.NotFound, await WithPasskeysAsync(p => p.RenameAsync(otherSession, passkey.Id, "Mine now")));
        // Its owner's name: it signs in.
        Assert.Equal(HttpStatusCode.Redirect, (await PasskeySteps.SignInAsync(browser, authenticator, passkey, login: parent)).StatusCode);
    }

    [Fact]
    public async Task An_answer_that_is_not_a_credential_or_comes_without_a_challenge_is_refused_not_an_error()
    {
        using var browser = NewBrowser();
        var token = HtmlForms.TokenIn(await browser.GetStringAsync("/signin"));
        foreach (var junk in new[] { "not json", "{\"id\":\"<script>\"}", new string('x', 5000) })
        {
            var answer = await browser.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "passkey", ["__RequestVerificationToken"] = token, ["Passkey.CredentialJson"] = junk,
            }));
            await AssertRefusedAsync(answer); // the first without any challenge asked for, the others after it was used up
            await browser.PostAsync("/signin/passkey/options", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        }
    }

    [Fact]
    public async Task A_locked_account_cannot_sign_in_with_a_passkey()
    {
        var passkey = await RegisteredPasskeyAsync();
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var user = (await users.FindByNameAsync(parent))!;
            user.LockoutEnd = portal.Clock.GetUtcNow().AddMinutes(15);
            await users.UpdateAsync(user);
        }
        using var browser = NewBrowser();

        await AssertRefusedAsync(await PasskeySteps.SignInAsync(browser, authenticator, passkey));
    }

    [Fact]
    public async Task Adding_or_changing_a_passkey_needs_a_sign_in_within_ten_minutes_or_the_password_again()
    {
        var passkey = await RegisteredPasskeyAsync();
        using var client = await SignedInClient.CreateAsync(portal, parent, TestAccounts.Password);
        var session = await SessionAsync(parent);
        portal.Clock.Advance(TimeSpan.FromMinutes(11));

        var tooLate = await PasskeySteps.RegisterAsync(client, new SoftAuthenticator(), "Tablet");
        Assert.Equal(HttpStatusCode.Forbidden, tooLate.StatusCode);
        Assert.Contains("recent-sign-in", await tooLate.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(PasskeyChangeResult.RecentSignInNeeded, await WithPasskeysAsync(p => p.RemoveAsync(session, passkey.Id)));

        // A wrong password counts towards the lockout and proves nothing; the right one opens the next ten minutes.
        Assert.Equal(PasswordConfirmResult.Wrong, await WithGateAsync(g => g.ConfirmPasswordAsync(session, "Not#MyPassword1")));
        Assert.Equal(1, (await TestAccounts.FindAsync(portal.Services, parent)).AccessFailedCount);
        Assert.False(await WithGateAsync(g => g.IsSatisfiedAsync(session)));
        Assert.Equal(PasswordConfirmResult.Right, await WithGateAsync(g => g.ConfirmPasswordAsync(session, TestAccounts.Password)));
        Assert.Equal(0, (await TestAccounts.FindAsync(portal.Services, parent)).AccessFailedCount);
        Assert.Equal(PasskeyChangeResult.Done, await WithPasskeysAsync(p => p.RenameAsync(session, passkey.Id, "Still mine")));

        portal.Clock.Advance(TimeSpan.FromMinutes(10));
        Assert.False(await WithGateAsync(g => g.IsSatisfiedAsync(session)));
    }

    private HttpClient NewBrowser() => portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private async Task<SoftPasskey> RegisteredPasskeyAsync()
    {
        using var client = await SignedInClient.CreateAsync(portal, parent, TestAccounts.Password);
        Assert.Equal(HttpStatusCode.OK, (await PasskeySteps.RegisterAsync(client, authenticator, "Kitchen laptop")).StatusCode);
        return authenticator.Passkeys[^1];
    }

    // One answer for every refusal, as for a wrong password: the page again, with the message, and no session.
    private static async Task AssertRefusedAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("That passkey did not sign you in.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith("portal.session=", StringComparison.Ordinal) && !c.StartsWith("portal.session=;", StringComparison.Ordinal));
    }

    private async Task<T> WithPasskeysAsync<T>(Func<AccountPasskeys, Task<T>> action) => await action(portal.Services.GetRequiredService<AccountPasskeys>());

    private async Task<T> WithGateAsync<T>(Func<RecentSignInGate, Task<T>> action) => await action(portal.Services.GetRequiredService<RecentSignInGate>());

    private async Task<int> OpenSessionsAsync(string userName)
    {
        var user = await TestAccounts.FindAsync(portal.Services, userName);
        await using var db = await portal.CreateDbContextAsync();
        return await db.PortalSessions.CountAsync(s => s.UserId == user.Id && s.EndedAt == null);
    }

    private async Task<string> EmailTextAsync(string userName, string kind)
    {
        var user = await TestAccounts.FindAsync(portal.Services, userName);
        await using var db = await portal.CreateDbContextAsync();
        var message = await db.OutboxMessages.OrderByDescending(m => m.CreatedAt).FirstAsync(m => m.ToAddress == user.Email && m.Kind == kind);
        return portal.Services.Readable(message).TextBody;
    }

    private Task<ClaimsPrincipal> SessionAsync(string userName) => TestSessions.StartAsync(portal.Services, userName, portal.Clock.GetUtcNow());
}
