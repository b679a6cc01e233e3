using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Features.Accounts.SignIn;
using Portal.App.Infrastructure.Identity;
using Portal.Tests.Support;

namespace Portal.Tests.Features.SignIn;

/// <summary>
/// The authenticator app's code at sign-in, against the real database and a controlled clock: a code from one 30-second
/// step either side of now is taken, and each code works once (RFC 6238 §5.2), however and however often it is sent.
/// </summary>
public sealed class AuthenticatorSignInTests : IAsyncLifetime
{
    private const string Parent = "maria.parent";
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(30);

    private readonly ControlledPortal portal = new();
    private string key = "";

    public async Task InitializeAsync()
    {
        await TestAccounts.CreateActivatedAsync(portal.Services, Parent, personId: "P-TEST-1");
        // As an app added before the portal checked codes itself: Identity's key (GenerateNewAuthenticatorKey), no step recorded.
        using var scope = portal.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = (await users.FindByNameAsync(Parent))!;
        Assert.True((await users.ResetAuthenticatorKeyAsync(user)).Succeeded);
        Assert.True((await users.SetTwoFactorEnabledAsync(user, true)).Succeeded);
        key = (await users.GetAuthenticatorKeyAsync(user))!;
    }

    public Task DisposeAsync()
    {
        portal.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task An_app_set_up_with_Identitys_key_signs_in_and_its_codes_step_is_recorded()
    {
        Assert.Null((await TestAccounts.FindAsync(portal.Services, Parent)).LastAuthenticatorStep);

        Assert.Equal(CodeStepOutcome.SignedIn, await SignInWithAsync(CodeAt(TimeSpan.Zero)));

        Assert.Equal(portal.Clock.GetUtcNow().ToUnixTimeSeconds() / 30, (await TestAccounts.FindAsync(portal.Services, Parent)).LastAuthenticatorStep);
    }

    [Fact]
    public async Task The_same_code_signs_in_once()
    {
        var code = CodeAt(TimeSpan.Zero);

        Assert.Equal(CodeStepOutcome.SignedIn, await SignInWithAsync(code));
        Assert.Equal(CodeStepOutcome.WrongCode, await SignInWithAsync(code));

        Assert.Contains(portal.Logs.Entries, e => e.Message.StartsWith("An authenticator code was refused", StringComparison.Ordinal));
        Assert.DoesNotContain(code, portal.Logs.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(key, portal.Logs.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Of_sign_ins_sending_the_same_code_at_the_same_time_exactly_one_succeeds()
    {
        var secrets = new List<string?>();
        for (var i = 0; i < 4; i++) secrets.Add(await PasswordAsync());
        var code = CodeAt(TimeSpan.Zero);

        // On pool threads: SQLite's async calls complete synchronously, so awaited in turn they would run one after another.
        var outcomes = await Task.WhenAll(secrets.Select(secret => Task.Run(() => VerifyAsync(secret, code))));

        Assert.Single(outcomes, o => o == CodeStepOutcome.SignedIn);
        Assert.Equal(3, outcomes.Count(o => o == CodeStepOutcome.WrongCode));
    }

    [Fact]
    public async Task The_previous_steps_code_is_accepted_once()
    {
        var code = CodeAt(-Step);

        Assert.Equal(CodeStepOutcome.SignedIn, await SignInWithAsync(code));
        Assert.Equal(CodeStepOutcome.WrongCode, await SignInWithAsync(code));
    }

    [Fact]
    public async Task A_code_two_steps_old_is_refused()
    {
        Assert.Equal(CodeStepOutcome.WrongCode, await SignInWithAsync(CodeAt(-2 * Step)));
    }

    [Fact]
    public async Task The_next_steps_code_is_accepted()
    {
        Assert.Equal(CodeStepOutcome.SignedIn, await SignInWithAsync(CodeAt(Step)));
    }

    [Fact]
    public async Task Once_a_code_is_used_an_earlier_steps_code_is_refused_and_the_next_steps_code_works()
    {
        Assert.Equal(CodeStepOutcome.SignedIn, await SignInWithAsync(CodeAt(TimeSpan.Zero)));

        Assert.Equal(CodeStepOutcome.WrongCode, await SignInWithAsync(CodeAt(-Step)));
        portal.Clock.Advance(Step);
        Assert.Equal(CodeStepOutcome.SignedIn, await SignInWithAsync(CodeAt(TimeSpan.Zero)));
    }

    [Fact]
    public async Task A_code_that_signed_one_browser_in_does_not_sign_in_another()
    {
        // Finishing a sign-in saves the account (last sign-in, failures forgiven) from the copy read before the code was
        // checked: that save must not put the older step back.
        var code = CodeAt(TimeSpan.Zero);

        var first = await SignInOverHttpAsync(code);
        var second = await SignInOverHttpAsync(code);

        Assert.Equal((HttpStatusCode.Redirect, "/dashboard"), (first.StatusCode, first.Headers.Location?.AbsolutePath));
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("That code is not right.", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(portal.Clock.GetUtcNow().ToUnixTimeSeconds() / 30, (await TestAccounts.FindAsync(portal.Services, Parent)).LastAuthenticatorStep);
    }

    private string CodeAt(TimeSpan fromNow) => Totp.Code(key, portal.Clock.GetUtcNow() + fromNow);

    /// <summary>Signs in with the password, then sends <paramref name="code"/> as the app's code.</summary>
    private async Task<CodeStepOutcome> SignInWithAsync(string code) => await VerifyAsync(await PasswordAsync(), code);

    private async Task<string?> PasswordAsync()
    {
        using var scope = portal.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<SignInService>().CheckPasswordAsync(Parent, TestAccounts.Password, null, default);
    }

    private async Task<CodeStepOutcome> VerifyAsync(string? secret, string code)
    {
        using var scope = portal.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<SignInService>().VerifyAuthenticatorCodeAsync(secret, code, default)).Outcome;
    }

    /// <summary>Both steps posted as a browser posts them, in a browser of its own.</summary>
    private async Task<HttpResponseMessage> SignInOverHttpAsync(string code)
    {
        var client = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await HtmlForms.SubmitAsync(client, "/signin", "signin", new Dictionary<string, string> { ["Input.Login"] = Parent, ["Input.Password"] = TestAccounts.Password });
        return await HtmlForms.SubmitAsync(client, "/signin/code", "app-code", new Dictionary<string, string> { ["AppCode.Code"] = code });
    }
}
