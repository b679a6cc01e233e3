using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Features.Accounts.SignIn;
using Portal.App.Infrastructure.Identity;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Accounts.SignIn;

/// <summary>
/// The authenticator app's code at sign-in, against the real database and a controlled clock: the app is asked for
/// first and a code is emailed only when the parent asks for one; a code from one 30-second step either side of now is
/// taken, and each code works once (RFC 6238 §5.2), however and however often it is sent.
/// </summary>
public sealed class AuthenticatorSignInTests : IAsyncLifetime
{
    private const string Parent = "maria.parent";
    private const string WrongAppCodeWording = "That code is not right, or it has been used already. Enter the code your authenticator app shows now";
    private const string WrongEmailCodeWording = "Check the newest email";
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(30);

    private readonly ControlledPortal portal = new();
    private string key = "";

    public async Task InitializeAsync()
    {
        await TestAccounts.CreateActivatedAsync(portal.Services, Parent, personId: "P-TEST-1");
        // As an app added before the portal checked codes itself: Identity's key (GenerateNewAuthenticatorKey), no step recorded.
        key = await TestAccounts.TurnOnAuthenticatorAsync(portal.Services, Parent);
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

        Assert.IsType<CodeCheckResult.SignedIn>(await SignInWithAsync(CodeAt(TimeSpan.Zero)));

        Assert.Equal(portal.Clock.GetUtcNow().ToUnixTimeSeconds() / 30, (await TestAccounts.FindAsync(portal.Services, Parent)).LastAuthenticatorStep);
    }

    [Fact]
    public async Task The_same_code_signs_in_once()
    {
        var code = CodeAt(TimeSpan.Zero);

        Assert.IsType<CodeCheckResult.SignedIn>(await SignInWithAsync(code));
        Assert.IsType<CodeCheckResult.WrongCode>(await SignInWithAsync(code));

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

        Assert.Single(outcomes, o => o is CodeCheckResult.SignedIn);
        Assert.Equal(3, outcomes.Count(o => o is CodeCheckResult.WrongCode));
    }

    [Fact]
    public async Task The_previous_steps_code_is_accepted_once()
    {
        var code = CodeAt(-Step);

        Assert.IsType<CodeCheckResult.SignedIn>(await SignInWithAsync(code));
        Assert.IsType<CodeCheckResult.WrongCode>(await SignInWithAsync(code));
    }

    [Fact]
    public async Task A_code_two_steps_old_is_refused()
    {
        Assert.IsType<CodeCheckResult.WrongCode>(await SignInWithAsync(CodeAt(-2 * Step)));
    }

    [Fact]
    public async Task The_next_steps_code_is_accepted()
    {
        Assert.IsType<CodeCheckResult.SignedIn>(await SignInWithAsync(CodeAt(Step)));
    }

    [Fact]
    public async Task Once_a_code_is_used_an_earlier_steps_code_is_refused_and_the_next_steps_code_works()
    {
        Assert.IsType<CodeCheckResult.SignedIn>(await SignInWithAsync(CodeAt(TimeSpan.Zero)));

        Assert.IsType<CodeCheckResult.WrongCode>(await SignInWithAsync(CodeAt(-Step)));
        portal.Clock.Advance(Step);
        Assert.IsType<CodeCheckResult.SignedIn>(await SignInWithAsync(CodeAt(TimeSpan.Zero)));
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
        var page = await ParseAsync(second);
        Assert.Contains(WrongAppCodeWording, page.QuerySelector("#app-code-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(portal.Clock.GetUtcNow().ToUnixTimeSeconds() / 30, (await TestAccounts.FindAsync(portal.Services, Parent)).LastAuthenticatorStep);
    }

    [Fact]
    public async Task With_an_authenticator_the_password_step_emails_nothing_and_the_page_asks_for_the_apps_code_which_signs_in()
    {
        var client = await PasswordOverHttpAsync(Parent);

        Assert.Equal(0, await SignInCodesQueuedAsync(Parent));
        var page = Parse(await client.GetStringAsync("/signin/code"));
        Assert.Equal("Enter the code from your authenticator app", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("true", page.QuerySelector("#app-code")!.GetAttribute("data-autofocus")); // the app's field takes focus
        Assert.Null(page.QuerySelector("input[name='EmailCode.Code']"));
        Assert.Contains("Email me a code instead", page.QuerySelectorAll("form button").Select(b => b.TextContent.Trim()));

        var response = await HtmlForms.SubmitAsync(client, "/signin/code", "app-code", new Dictionary<string, string> { ["AppCode.Code"] = CodeAt(TimeSpan.Zero) });

        Assert.Equal((HttpStatusCode.Redirect, "/dashboard"), (response.StatusCode, response.Headers.Location?.AbsolutePath));
        Assert.Equal(0, await SignInCodesQueuedAsync(Parent));
    }

    [Fact]
    public async Task Choosing_the_emailed_code_sends_exactly_one_email_and_that_code_signs_in()
    {
        var client = await PasswordOverHttpAsync(Parent);

        var chosen = await HtmlForms.SubmitAsync(client, "/signin/code", "new-code", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.OK, chosen.StatusCode);
        var page = await ParseAsync(chosen);
        Assert.Equal("Email Sent!", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("input[name='EmailCode.Code']"));
        Assert.NotNull(page.QuerySelector("a[href='/signin/code?use=app']")); // and back to the app's code
        Assert.Equal(1, await SignInCodesQueuedAsync(Parent));
        // The page keeps asking for the emailed code, until the parent goes back to the app.
        Assert.NotNull(Parse(await client.GetStringAsync("/signin/code")).QuerySelector("input[name='EmailCode.Code']"));
        Assert.NotNull(Parse(await client.GetStringAsync("/signin/code?use=app")).QuerySelector("input[name='AppCode.Code']"));

        var response = await HtmlForms.SubmitAsync(client, "/signin/code", "email-code", new Dictionary<string, string> { ["EmailCode.Code"] = await QueuedCodeAsync(Parent) });

        Assert.Equal((HttpStatusCode.Redirect, "/dashboard"), (response.StatusCode, response.Headers.Location?.AbsolutePath));
        Assert.Equal(1, await SignInCodesQueuedAsync(Parent));
    }

    [Fact]
    public async Task Emailed_codes_asked_for_instead_of_the_app_keep_the_new_code_limits()
    {
        var client = await PasswordOverHttpAsync(Parent);
        await HtmlForms.SubmitAsync(client, "/signin/code", "new-code", new Dictionary<string, string>());

        // Back to the app and straight back to email: the code just sent still works, so none is sent.
        var again = await HtmlForms.SubmitAsync(client, "/signin/code?use=app", "new-code", new Dictionary<string, string>());
        Assert.Contains("We sent a code a few seconds ago.", (await ParseAsync(again)).QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await SignInCodesQueuedAsync(Parent));

        portal.Clock.Advance(TimeSpan.FromSeconds(30));
        var later = await HtmlForms.SubmitAsync(client, "/signin/code?use=app", "new-code", new Dictionary<string, string>());
        Assert.Contains("We sent a new code.", (await ParseAsync(later)).QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, await SignInCodesQueuedAsync(Parent));
    }

    [Fact]
    public async Task Without_an_authenticator_the_password_step_still_emails_the_code()
    {
        await TestAccounts.CreateActivatedAsync(portal.Services, "ana.parent", personId: "P-TEST-2");

        var client = await PasswordOverHttpAsync("ana.parent");

        Assert.Equal(1, await SignInCodesQueuedAsync("ana.parent"));
        var page = Parse(await client.GetStringAsync("/signin/code"));
        Assert.Equal("Email Sent!", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Null(page.QuerySelector("input[name='AppCode.Code']"));
        var response = await HtmlForms.SubmitAsync(client, "/signin/code", "email-code", new Dictionary<string, string> { ["EmailCode.Code"] = await QueuedCodeAsync("ana.parent") });
        Assert.Equal((HttpStatusCode.Redirect, "/dashboard"), (response.StatusCode, response.Headers.Location?.AbsolutePath));
    }

    [Fact]
    public async Task A_wrong_app_code_gets_the_authenticator_wording_in_the_summary_and_at_the_field()
    {
        var client = await PasswordOverHttpAsync(Parent);
        var right = CodeAt(TimeSpan.Zero);

        var response = await HtmlForms.SubmitAsync(client, "/signin/code", "app-code", new Dictionary<string, string> { ["AppCode.Code"] = right == "000000" ? "000001" : "000000" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await ParseAsync(response);
        Assert.Contains(WrongAppCodeWording, page.QuerySelector(".error-summary a[href='#app-code']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(WrongAppCodeWording, page.QuerySelector("#app-code-error")!.TextContent, StringComparison.Ordinal);
        var field = page.QuerySelector("#app-code")!;
        Assert.Equal("true", field.GetAttribute("aria-invalid"));
        Assert.Contains("app-code-error", field.GetAttribute("aria-describedby")!, StringComparison.Ordinal);
        Assert.DoesNotContain(WrongEmailCodeWording, page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, (await TestAccounts.FindAsync(portal.Services, Parent)).AccessFailedCount); // counted like any wrong code
    }

    private string CodeAt(TimeSpan fromNow) => Totp.Code(key, portal.Clock.GetUtcNow() + fromNow);

    /// <summary>Signs in with the password, then sends <paramref name="code"/> as the app's code.</summary>
    private async Task<CodeCheckResult> SignInWithAsync(string code) => await VerifyAsync(await PasswordAsync(), code);

    private async Task<string?> PasswordAsync()
    {
        using var scope = portal.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AccountSignIn>().CheckPasswordAsync(Parent, TestAccounts.Password, null, default);
    }

    private async Task<CodeCheckResult> VerifyAsync(string? secret, string code)
    {
        using var scope = portal.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<AccountSignIn>().VerifyAuthenticatorCodeAsync(secret, code, default));
    }

    /// <summary>Both steps posted as a browser posts them, in a browser of its own.</summary>
    private async Task<HttpResponseMessage> SignInOverHttpAsync(string code) =>
        await HtmlForms.SubmitAsync(await PasswordOverHttpAsync(Parent), "/signin/code", "app-code", new Dictionary<string, string> { ["AppCode.Code"] = code });

    /// <summary>A browser of its own past the password step, on its way to /signin/code.</summary>
    private async Task<HttpClient> PasswordOverHttpAsync(string userName)
    {
        var client = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await HtmlForms.SubmitAsync(client, "/signin", "signin", new Dictionary<string, string> { ["Input.Login"] = userName, ["Input.Password"] = TestAccounts.Password });
        Assert.Equal("/signin/code", response.Headers.Location?.AbsolutePath);
        return client;
    }

    private async Task<int> SignInCodesQueuedAsync(string userName)
    {
        await using var db = await portal.CreateDbContextAsync();
        return await db.OutboxMessages.CountAsync(m => m.Kind == "SignInCode" && m.ToAddress == $"{userName}@example.net");
    }

    private async Task<string> QueuedCodeAsync(string userName)
    {
        await using var db = await portal.CreateDbContextAsync();
        var message = await db.OutboxMessages.SingleAsync(m => m.Kind == "SignInCode" && m.ToAddress == $"{userName}@example.net");
        return SignInCodes.CodeIn(portal.Services.Readable(message).TextBody);
    }

    private static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    private static async Task<IDocument> ParseAsync(HttpResponseMessage response) => Parse(await response.Content.ReadAsStringAsync());
}
