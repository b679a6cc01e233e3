using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.App.Features.Accounts.Security;
using Portal.App.Features.Accounts.SignIn;
using Portal.App.Infrastructure.Identity;
using Portal.Tests.Support;

using Portal.App.Features.Accounts.Shared;

namespace Portal.Tests.Features.Accounts.Security;

/// <summary>
/// The account security operations against the real app: the authenticator set up with a code computed as an app
/// does, recovery codes that work once, and a password change that ends every session but the one that made it.
/// </summary>
public sealed class AccountSecurityTests(AccountSecurityTests.Portal fixture) : IClassFixture<AccountSecurityTests.Portal>, IAsyncLifetime
{
    private const string NewPassword = "Saguaro!Blossom73";
    private const int MaxFailedPasswords = 5; // SignIn:MaxFailedPasswords, as the app is configured

    private readonly ControlledPortal portal = fixture.App;

    // Each test has its own parent and caseworker in the class's one portal (starting an app costs seconds).
    private readonly string parent = $"parent.{Guid.NewGuid():N}"[..20];
    private readonly string caseworker = $"staff.{Guid.NewGuid():N}"[..20];

    public sealed class Portal : IDisposable
    {
        public ControlledPortal App { get; } = new();

        public void Dispose() => App.Dispose();
    }

    public async Task InitializeAsync()
    {
        await TestAccounts.CreateActivatedAsync(portal.Services, parent, personId: "P-" + parent);
        await TestAccounts.CreateActivatedAsync(portal.Services, caseworker, role: PortalRoles.Caseworker);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_authenticator_turns_on_with_the_apps_current_code_and_gives_ten_recovery_codes()
    {
        var session = await SessionAsync(parent);

        var setup = await WithServiceAsync(s => s.StartAuthenticatorSetupAsync(session));
        Assert.NotNull(setup);
        var key = setup.ManualKey.Replace(" ", "", StringComparison.Ordinal);
        Assert.Matches("^([A-Z2-7]{4} )*[A-Z2-7]{1,4}$", setup.ManualKey);
        Assert.Equal($"otpauth://totp/Arizona%20DCSS%20Portal:{parent}?secret={key}&issuer=Arizona%20DCSS%20Portal&digits=6", setup.AuthenticatorUri);
        Assert.StartsWith("data:image/png;base64,", setup.QrCodeDataUri, StringComparison.Ordinal);

        var code = CodeNow(key);
        Assert.Null(await WithServiceAsync(s => s.EnableAuthenticatorAsync(session, code == "000000" ? "000001" : "000000")));
        var codes = await WithServiceAsync(s => s.EnableAuthenticatorAsync(session, code));

        Assert.NotNull(codes);
        Assert.Equal(10, codes.Distinct().Count());
        var overview = await WithServiceAsync(s => s.GetOverviewAsync(session));
        Assert.Equal((true, 10), (overview!.AuthenticatorEnabled, overview.RecoveryCodesLeft));
        Assert.Contains(portal.Logs.Entries, e => e.Message == "An account turned on its authenticator app");
        Assert.DoesNotContain(key, portal.Logs.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(code, portal.Logs.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Turning_the_authenticator_on_keeps_the_security_stamp_so_no_session_ends()
    {
        var session = await SessionAsync(parent);
        var stamp = (await TestAccounts.FindAsync(portal.Services, parent)).SecurityStamp;

        await EnableAsync(session);

        Assert.Equal(stamp, (await TestAccounts.FindAsync(portal.Services, parent)).SecurityStamp);
    }

    [Fact]
    public async Task At_sign_in_the_apps_code_works_and_each_recovery_code_works_once()
    {
        var (key, codes) = await EnableAsync(await SessionAsync(parent));
        portal.Clock.Advance(TimeSpan.FromSeconds(30)); // the code that turned the app on has been used

        Assert.IsType<CodeCheckResult.SignedIn>(await SecondStepAsync(CodeNow(key)));
        Assert.IsType<CodeCheckResult.SignedIn>(await SecondStepAsync(codes[0]));
        Assert.IsType<CodeCheckResult.WrongCode>(await SecondStepAsync(codes[0]));
        Assert.IsType<CodeCheckResult.SignedIn>(await SecondStepAsync(codes[1]));

        var overview = await WithServiceAsync(async s => await s.GetOverviewAsync(await SessionAsync(parent)));
        Assert.Equal(8, overview!.RecoveryCodesLeft);
    }

    [Fact]
    public async Task The_code_that_turned_the_authenticator_on_cannot_then_sign_in()
    {
        var session = await SessionAsync(parent);
        var setup = await WithServiceAsync(s => s.StartAuthenticatorSetupAsync(session));
        var key = setup!.ManualKey.Replace(" ", "", StringComparison.Ordinal);
        var code = CodeNow(key);
        Assert.NotNull(await WithServiceAsync(s => s.EnableAuthenticatorAsync(session, code)));

        Assert.IsType<CodeCheckResult.WrongCode>(await SecondStepAsync(code));
        portal.Clock.Advance(TimeSpan.FromSeconds(30));
        Assert.IsType<CodeCheckResult.SignedIn>(await SecondStepAsync(CodeNow(key)));
    }

    [Fact]
    public async Task Turning_the_authenticator_off_forgets_its_last_code_so_a_new_key_works_at_once()
    {
        var session = await SessionAsync(parent);
        await EnableAsync(session);
        Assert.NotNull((await TestAccounts.FindAsync(portal.Services, parent)).LastAuthenticatorStep);

        Assert.IsType<AuthenticatorChangeResult.TurnedOff>(await WithServiceAsync(s => s.DisableAuthenticatorAsync(session, TestAccounts.Password)));
        Assert.Null((await TestAccounts.FindAsync(portal.Services, parent)).LastAuthenticatorStep);

        // Within the same 30 seconds: the old key's step says nothing about the new key's codes.
        var renewed = await SessionAsync(parent);
        Assert.NotNull((await EnableAsync(renewed)).RecoveryCodes);
    }

    [Fact]
    public async Task A_new_key_forgets_a_code_step_left_by_a_setup_that_did_not_finish()
    {
        var session = await SessionAsync(parent);
        // As a setup leaves it when it fails after its code was checked: this step recorded, the app not on.
        await using (var db = await portal.CreateDbContextAsync())
        {
            var step = portal.Clock.GetUtcNow().ToUnixTimeSeconds() / 30;
            await db.Users.Where(u => u.UserName == parent).ExecuteUpdateAsync(s => s.SetProperty(u => u.LastAuthenticatorStep, (long?)step));
        }

        var (_, codes) = await EnableAsync(session);

        Assert.NotNull(codes);
    }

    [Fact]
    public async Task A_wrong_password_counted_while_another_was_being_counted_still_counts()
    {
        var userId = (await TestAccounts.FindAsync(portal.Services, parent)).Id;
        await using var slow = portal.Services.CreateAsyncScope();
        // This scope has read the account; another failure is counted and saved before it gets to save its own.
        Assert.NotNull(await slow.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByIdAsync(userId));
        await using (var fast = portal.Services.CreateAsyncScope())
        {
            await fast.ServiceProvider.GetRequiredService<AccountLockout>().RecordFailureAsync(userId, portal.Clock.GetUtcNow());
        }

        await slow.ServiceProvider.GetRequiredService<AccountLockout>().RecordFailureAsync(userId, portal.Clock.GetUtcNow());

        Assert.Equal(2, (await TestAccounts.FindAsync(portal.Services, parent)).AccessFailedCount);
    }

    [Fact]
    public async Task New_recovery_codes_replace_the_old_ones()
    {
        var session = await SessionAsync(parent);
        var (_, old) = await EnableAsync(session);

        var replaced = Assert.IsType<AuthenticatorChangeResult.NewRecoveryCodes>(await WithServiceAsync(s => s.NewRecoveryCodesAsync(session, TestAccounts.Password))).Codes;

        Assert.Equal(10, replaced.Count);
        Assert.IsType<CodeCheckResult.WrongCode>(await SecondStepAsync(old[0]));
        Assert.IsType<CodeCheckResult.SignedIn>(await SecondStepAsync(replaced[0]));
    }

    [Fact]
    public async Task Changing_the_password_ends_every_other_session_and_keeps_this_one_with_its_sign_in_time()
    {
        var signedInAt = portal.Clock.GetUtcNow().AddMinutes(-20);
        var thisSession = await SessionAsync(parent, signedInAt);
        var thisCookie = Protect(thisSession);
        var otherCookie = Protect(await SessionAsync(parent));
        using var client = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(client, "/account/security", thisCookie)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(client, "/account/security", otherCookie)).StatusCode);

        var result = Assert.IsType<PasswordChangeResult.Changed>(await WithServiceAsync(s => s.ChangePasswordAsync(thisSession, TestAccounts.Password, NewPassword, default)));

        // Both cookies carry the old stamp now: the other browser is sent to sign in.
        Assert.True(IsSignInRedirect(await GetAsync(client, "/account/security", otherCookie)));
        // This browser follows the page's full-load navigation to the renewal endpoint, with its old cookie.
        var renewal = await GetAsync(client, $"{SessionRenewal.Path}?ticket={Uri.EscapeDataString(result.RenewalTicket)}&changed=password", thisCookie);
        Assert.Equal("/account/security?changed=password", renewal.Headers.Location?.OriginalString);
        var renewedCookie = SessionCookieSetBy(renewal);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(client, "/account/security?changed=password", renewedCookie)).StatusCode);
        Assert.Equal(signedInAt.ToString("O"), Unprotect(renewedCookie).FindFirstValue(PortalClaims.SignedInAt));

        // The ticket is this session's alone: the other browser cannot use it.
        var stolen = await GetAsync(client, $"{SessionRenewal.Path}?ticket={Uri.EscapeDataString(result.RenewalTicket)}", otherCookie);
        Assert.StartsWith("/signin", stolen.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Null(SessionCookieOrNull(stolen));

        var email = (await TestAccounts.FindAsync(portal.Services, parent)).Email;
        await using var db = await portal.CreateDbContextAsync();
        Assert.Single(await db.OutboxMessages.Where(m => m.Kind == "PasswordChanged" && m.ToAddress == email).ToListAsync());
        Assert.DoesNotContain(NewPassword, portal.Logs.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(TestAccounts.Password, portal.Logs.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_current_password_or_a_password_against_the_policy_changes_nothing()
    {
        var session = await SessionAsync(parent);
        var stamp = (await TestAccounts.FindAsync(portal.Services, parent)).SecurityStamp;

        Assert.IsType<PasswordChangeResult.WrongCurrentPassword>(await WithServiceAsync(s => s.ChangePasswordAsync(session, "Not#MyPassword1", NewPassword, default)));
        Assert.IsType<PasswordChangeResult.NotAcceptable>(await WithServiceAsync(s => s.ChangePasswordAsync(session, TestAccounts.Password, "short", default)));

        Assert.Equal(stamp, (await TestAccounts.FindAsync(portal.Services, parent)).SecurityStamp);
        var email = (await TestAccounts.FindAsync(portal.Services, parent)).Email;
        await using var db = await portal.CreateDbContextAsync();
        Assert.Empty(await db.OutboxMessages.Where(m => m.Kind == "PasswordChanged" && m.ToAddress == email).ToListAsync());
    }

    [Fact]
    public async Task Turning_the_authenticator_off_ends_other_sessions_and_the_next_sign_in_needs_the_email_code()
    {
        var session = await SessionAsync(caseworker);
        var cookie = Protect(session);
        await EnableAsync(session);

        var result = await WithServiceAsync(s => s.DisableAuthenticatorAsync(session, TestAccounts.Password));

        Assert.NotNull(Assert.IsType<AuthenticatorChangeResult.TurnedOff>(result).RenewalTicket);
        using var client = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        Assert.True(IsSignInRedirect(await GetAsync(client, "/account/security", cookie)));
        var overview = await WithServiceAsync(async s => await s.GetOverviewAsync(await SessionAsync(caseworker)));
        Assert.False(overview!.AuthenticatorEnabled);
        Assert.Contains(portal.Logs.Entries, e => e.Message.StartsWith("An account turned off its authenticator app", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Wrong_current_passwords_count_towards_the_lockout_together_with_sign_in_and_a_right_one_clears_the_count()
    {
        var session = await SessionAsync(parent);

        for (var i = 0; i < MaxFailedPasswords - 1; i++)
            Assert.IsType<PasswordChangeResult.WrongCurrentPassword>(await WithServiceAsync(s => s.ChangePasswordAsync(session, "Not#MyPassword1", NewPassword, default)));
        Assert.Equal(MaxFailedPasswords - 1, (await TestAccounts.FindAsync(portal.Services, parent)).AccessFailedCount);

        // The right current password (here with a new password the policy refuses, so nothing changes) clears the count.
        Assert.IsType<PasswordChangeResult.NotAcceptable>(await WithServiceAsync(s => s.ChangePasswordAsync(session, TestAccounts.Password, "short", default)));
        var cleared = await TestAccounts.FindAsync(portal.Services, parent);
        Assert.Equal((0, null), (cleared.AccessFailedCount, cleared.LastFailedSignInAt));

        // One count: wrong passwords here and at sign-in add up to the sign-in's limit.
        for (var i = 0; i < MaxFailedPasswords - 1; i++)
            await WithServiceAsync(s => s.ChangePasswordAsync(session, "Not#MyPassword1", NewPassword, default));
        await using (var scope = portal.Services.CreateAsyncScope())
            Assert.Null(await scope.ServiceProvider.GetRequiredService<AccountSignIn>().CheckPasswordAsync(parent, "Not#MyPassword1", null, default));
        Assert.True((await TestAccounts.FindAsync(portal.Services, parent)).LockoutEnd > portal.Clock.GetUtcNow());
    }

    [Fact]
    public async Task Wrong_current_passwords_that_reach_the_limit_lock_the_account_and_end_the_session_for_good()
    {
        var session = await SessionAsync(parent);
        var cookie = Protect(session);
        var freshCookie = Protect(session, issuedMinutesAgo: 0); // not yet due for the cookie's own stamp check
        var stamp = (await TestAccounts.FindAsync(portal.Services, parent)).SecurityStamp;

        var outcomes = new List<PasswordChangeResult>();
        for (var i = 0; i < MaxFailedPasswords; i++)
            outcomes.Add(await WithServiceAsync(s => s.ChangePasswordAsync(session, $"Not#MyPassword{i}", NewPassword, default)));

        Assert.Equal([.. Enumerable.Repeat(nameof(PasswordChangeResult.WrongCurrentPassword), MaxFailedPasswords - 1), nameof(PasswordChangeResult.LockedOut)], outcomes.Select(o => o.GetType().Name));
        var locked = await TestAccounts.FindAsync(portal.Services, parent);
        Assert.Equal(portal.Clock.GetUtcNow() + TimeSpan.FromMinutes(15), locked.LockoutEnd);
        // A new stamp: the session, and any copy of its cookie, stays ended after the lockout passes.
        Assert.NotEqual(stamp, locked.SecurityStamp);
        // No more guesses while locked, even the right password.
        Assert.IsType<PasswordChangeResult.LockedOut>(await WithServiceAsync(s => s.ChangePasswordAsync(session, TestAccounts.Password, NewPassword, default)));
        Assert.Equal(locked.PasswordHash, (await TestAccounts.FindAsync(portal.Services, parent)).PasswordHash);

        using var client = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        Assert.True(IsSignInRedirect(await GetAsync(client, "/account/security", cookie)));
        // The page's full-load navigation removes even a cookie whose own check is not due yet, and sign-in says why.
        var ended = await GetAsync(client, AccountSecurityEndpoints.LockedOutPath, freshCookie);
        Assert.Equal(AccountSecurityEndpoints.SignInAfterLockout, ended.Headers.Location?.OriginalString);
        Assert.Contains(ended.Headers.GetValues("Set-Cookie"), c => c.StartsWith("portal.session=;", StringComparison.Ordinal));
        var signIn = await (await client.GetAsync(AccountSecurityEndpoints.SignInAfterLockout)).Content.ReadAsStringAsync();
        Assert.Contains("You were signed out because the password was entered wrongly too many times.", signIn, StringComparison.Ordinal);

        Assert.Contains(portal.Logs.Entries, e => e.Message.StartsWith("Wrong current passwords asked for again locked the account", StringComparison.Ordinal));
        Assert.DoesNotContain("Not#MyPassword", portal.Logs.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_locked_out_address_signs_out_no_session_that_is_still_valid()
    {
        var freshCookie = Protect(await SessionAsync(parent), issuedMinutesAgo: 0);
        using var client = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

        var response = await GetAsync(client, AccountSecurityEndpoints.LockedOutPath, freshCookie);

        Assert.Equal("/account/security", response.Headers.Location?.OriginalString);
        Assert.Null(SessionCookieOrNull(response));
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cleared) && cleared.Any(c => c.StartsWith("portal.session=;", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Turning_the_authenticator_off_and_new_recovery_codes_need_the_current_password_and_wrong_ones_count_towards_the_lockout()
    {
        var session = await SessionAsync(parent);
        await EnableAsync(session);

        Assert.IsType<AuthenticatorChangeResult.WrongCurrentPassword>(await WithServiceAsync(s => s.DisableAuthenticatorAsync(session, "Not#MyPassword1")));
        var refused = await WithServiceAsync(s => s.NewRecoveryCodesAsync(session, ""));
        Assert.IsType<AuthenticatorChangeResult.WrongCurrentPassword>(refused);

        // Nothing changed: the app is still on and the old codes still work.
        var overview = await WithServiceAsync(s => s.GetOverviewAsync(session));
        Assert.Equal((true, 10), (overview!.AuthenticatorEnabled, overview.RecoveryCodesLeft));
        Assert.Equal(2, (await TestAccounts.FindAsync(portal.Services, parent)).AccessFailedCount);

        for (var i = 2; i < MaxFailedPasswords - 1; i++)
            Assert.IsType<AuthenticatorChangeResult.WrongCurrentPassword>(await WithServiceAsync(s => s.NewRecoveryCodesAsync(session, "Not#MyPassword1")));
        Assert.IsType<AuthenticatorChangeResult.LockedOut>(await WithServiceAsync(s => s.DisableAuthenticatorAsync(session, "Not#MyPassword1")));
        Assert.IsType<AuthenticatorChangeResult.LockedOut>(await WithServiceAsync(s => s.DisableAuthenticatorAsync(session, TestAccounts.Password)));
        Assert.True((await WithServiceAsync(async s => await s.GetOverviewAsync(await SessionAsync(parent))))!.AuthenticatorEnabled);
        await using var scope = portal.Services.CreateAsyncScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<AccountSignIn>().CheckPasswordAsync(parent, TestAccounts.Password, null, default));
    }

    [Fact]
    public async Task With_the_right_password_new_recovery_codes_clear_earlier_wrong_passwords()
    {
        var session = await SessionAsync(parent);
        await EnableAsync(session);
        await WithServiceAsync(s => s.NewRecoveryCodesAsync(session, "Not#MyPassword1"));

        var result = await WithServiceAsync(s => s.NewRecoveryCodesAsync(session, TestAccounts.Password));

        Assert.IsType<AuthenticatorChangeResult.NewRecoveryCodes>(result);
        Assert.Equal(0, (await TestAccounts.FindAsync(portal.Services, parent)).AccessFailedCount);
    }

    private async Task<(string Key, IReadOnlyList<string> RecoveryCodes)> EnableAsync(ClaimsPrincipal session)
    {
        var setup = await WithServiceAsync(s => s.StartAuthenticatorSetupAsync(session));
        var key = setup!.ManualKey.Replace(" ", "", StringComparison.Ordinal);
        var codes = await WithServiceAsync(s => s.EnableAuthenticatorAsync(session, CodeNow(key)));
        return (key, codes!);
    }

    /// <summary>The app's code at the portal's clock.</summary>
    private string CodeNow(string key) => Totp.Code(key, portal.Clock.GetUtcNow());

    private async Task<T> WithServiceAsync<T>(Func<AccountSecurity, Task<T>> action)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<AccountSecurity>());
    }

    /// <summary>A signed-in principal as the sign-in would make it (stamp, roles, when it began, its stored session).</summary>
    private Task<ClaimsPrincipal> SessionAsync(string userName, DateTimeOffset? signedInAt = null) =>
        TestSessions.StartAsync(portal.Services, userName, signedInAt ?? portal.Clock.GetUtcNow().AddMinutes(-5));

    /// <summary>Signs in with the password and finishes the second step with an app or recovery code.</summary>
    private async Task<CodeCheckResult> SecondStepAsync(string code)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var signIn = scope.ServiceProvider.GetRequiredService<AccountSignIn>();
        var secret = await signIn.CheckPasswordAsync(parent, TestAccounts.Password, null, default);
        return await signIn.VerifyAuthenticatorCodeAsync(secret, code, default);
    }

    private CookieAuthenticationOptions CookieOptions =>
        portal.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);

    // A session cookie as the app issued it some minutes ago, so each request re-checks its security stamp.
    private string Protect(ClaimsPrincipal session, int issuedMinutesAgo = 5)
    {
        var now = portal.Clock.GetUtcNow();
        var properties = new AuthenticationProperties { IssuedUtc = now.AddMinutes(-issuedMinutesAgo), ExpiresUtc = now.AddMinutes(30 - issuedMinutesAgo) };
        return CookieOptions.TicketDataFormat.Protect(new AuthenticationTicket(session, properties, IdentityConstants.ApplicationScheme));
    }

    private ClaimsPrincipal Unprotect(string cookie) => CookieOptions.TicketDataFormat.Unprotect(cookie)!.Principal;

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string path, string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", $"portal.session={cookie}");
        return await client.SendAsync(request);
    }

    private static bool IsSignInRedirect(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.Contains("/signin", StringComparison.Ordinal) == true;

    private static string SessionCookieSetBy(HttpResponseMessage response) =>
        SessionCookieOrNull(response) ?? throw new Xunit.Sdk.XunitException("no session cookie was set");

    // The last portal.session Set-Cookie with a value (a refused stamp check deletes the cookie first).
    private static string? SessionCookieOrNull(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values)
            ? values.Select(v => v.Split(';')[0]).Where(v => v.StartsWith("portal.session=", StringComparison.Ordinal))
                .Select(v => v["portal.session=".Length..]).LastOrDefault(v => v.Length > 0)
            : null;
}
