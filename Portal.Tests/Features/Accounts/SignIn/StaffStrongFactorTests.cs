using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Features.Accounts.SignIn;
using Portal.App.Infrastructure.Identity;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Accounts.SignIn;

/// <summary>
/// SignIn:RequireStrongFactorForStaff (which takes over SignIn:RequireAuthenticatorForStaff): staff get no emailed code;
/// their way in is the password with an authenticator app's code, or a passkey.
/// </summary>
public sealed class StaffStrongFactorTests : IAsyncLifetime
{
    private readonly ControlledPortal portal = new() { Settings = { ["SignIn:RequireStrongFactorForStaff"] = "true" } };

    public async Task InitializeAsync() => await TestAccounts.CreateActivatedAsync(portal.Services, "strong.worker", role: PortalRoles.Caseworker);

    public Task DisposeAsync()
    {
        portal.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_caseworker_gets_no_emailed_code_but_signs_in_with_the_app_and_then_with_a_passkey_added_there()
    {
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var signIn = scope.ServiceProvider.GetRequiredService<AccountSignIn>();
            var secret = await signIn.CheckPasswordAsync("strong.worker", TestAccounts.Password, null, default);
            Assert.False((await signIn.DescribeAsync(secret, default))!.EmailCodeAllowed);
            Assert.IsType<NewCodeResult.Ended>(await signIn.SendNewCodeAsync(secret, default));
        }

        var key = await TestAccounts.TurnOnAuthenticatorAsync(portal.Services, "strong.worker");
        using var desk = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await HtmlForms.SubmitAsync(desk, "/signin", "signin", new Dictionary<string, string> { ["Input.Login"] = "strong.worker", ["Input.Password"] = TestAccounts.Password });
        var appStep = await HtmlForms.SubmitAsync(desk, "/signin/code", "app-code", new Dictionary<string, string> { ["AppCode.Code"] = Totp.Code(key, portal.Clock.GetUtcNow()) });
        Assert.Equal("/staff", appStep.Headers.Location?.AbsolutePath);

        var authenticator = new SoftAuthenticator();
        Assert.Equal(HttpStatusCode.OK, (await PasskeySteps.RegisterAsync(desk, authenticator, "Desk security key")).StatusCode);
        using var nextDay = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var passkeyStep = await PasskeySteps.SignInAsync(nextDay, authenticator, authenticator.Passkeys[0]);
        Assert.Equal("/staff", passkeyStep.Headers.Location?.AbsolutePath);
    }
}
