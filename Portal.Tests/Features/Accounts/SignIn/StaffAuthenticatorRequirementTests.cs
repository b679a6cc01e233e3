using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Features.Accounts.SignIn;
using Portal.App.Infrastructure.Identity;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Accounts.SignIn;

/// <summary>SignIn:RequireAuthenticatorForStaff, as production may set it: staff get no emailed code, parents still do.</summary>
public sealed class StaffAuthenticatorRequirementTests : IAsyncLifetime
{
    private readonly ControlledPortal portal = new() { Settings = { ["SignIn:RequireAuthenticatorForStaff"] = "true" } };

    public async Task InitializeAsync()
    {
        await TestAccounts.CreateActivatedAsync(portal.Services, "desk.worker", role: PortalRoles.Caseworker);
        await TestAccounts.CreateActivatedAsync(portal.Services, "maria.parent", personId: "P-TEST-1");
    }

    public Task DisposeAsync()
    {
        portal.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_caseworker_without_an_authenticator_gets_no_emailed_code_and_cannot_finish()
    {
        using var scope = portal.Services.CreateScope();
        var signIn = scope.ServiceProvider.GetRequiredService<AccountSignIn>();

        var secret = await signIn.CheckPasswordAsync("desk.worker", TestAccounts.Password, null, default);
        var step = await signIn.DescribeAsync(secret, default);

        Assert.NotNull(step);
        Assert.False(step.EmailCodeAllowed);
        Assert.False(step.HasAuthenticator);
        Assert.IsType<NewCodeResult.Ended>(await signIn.SendNewCodeAsync(secret, default));
        Assert.IsType<CodeCheckResult.Ended>(await signIn.VerifyEmailCodeAsync(secret, "123456", default));
        await using var db = await portal.CreateDbContextAsync();
        Assert.False(await db.OutboxMessages.AnyAsync());
    }

    [Fact]
    public async Task A_parent_still_gets_the_emailed_code()
    {
        using var scope = portal.Services.CreateScope();
        var signIn = scope.ServiceProvider.GetRequiredService<AccountSignIn>();

        var secret = await signIn.CheckPasswordAsync("maria.parent", TestAccounts.Password, null, default);

        Assert.True((await signIn.DescribeAsync(secret, default))!.EmailCodeAllowed);
        await using var db = await portal.CreateDbContextAsync();
        Assert.Equal(1, await db.OutboxMessages.CountAsync(m => m.Kind == "SignInCode"));
    }
}
