using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Features.Accounts.Profile;
using Portal.App.Features.Accounts.Profile.Emails;
using Portal.App.Features.Accounts.Shared;
using Portal.App.Infrastructure.Identity;
using Portal.Domain.Accounts;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Accounts.Profile;

/// <summary>A new username: the registration's rules, unique whatever the case, signs in at once, and is emailed.</summary>
public sealed class UserNameChangeTests : IAsyncLifetime
{
    private readonly ControlledPortal portal = new();

    public async Task InitializeAsync()
    {
        await TestAccounts.CreateActivatedAsync(portal.Services, "lena.old", personId: "P-LENA");
        await TestAccounts.CreateActivatedAsync(portal.Services, "taken.name", personId: "P-TAKEN");
    }

    public Task DisposeAsync()
    {
        portal.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_good_new_name_signs_in_at_once_and_the_owner_is_told()
    {
        Assert.IsType<UserNameChangeResult.Changed>(await ChangeAsync("  lena.new  "));

        await using var scope = portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        Assert.NotNull(await users.FindByNameAsync("lena.new"));
        Assert.Null(await users.FindByNameAsync("lena.old"));
        await using var db = await portal.CreateDbContextAsync();
        Assert.Equal("Your portal username was changed", (await db.OutboxMessages.SingleAsync(m => m.Kind == ContactDetailsChangedEmail.Name)).Subject);
        Assert.Equal(AccountActivityKind.UserNameChanged, (await db.AccountActivities.SingleAsync()).Kind);
    }

    [Fact]
    public async Task A_name_another_account_has_in_any_case_or_against_the_rules_is_refused_and_nothing_changes()
    {
        Assert.IsType<UserNameChangeResult.Taken>(await ChangeAsync("TAKEN.name"));
        Assert.Equal(new UserNameChangeResult.NotAcceptable(UserNameProblem.Characters), await ChangeAsync("<b>lena</b>"));
        Assert.Equal(new UserNameChangeResult.NotAcceptable(UserNameProblem.Length), await ChangeAsync(new string('a', 10_000)));
        Assert.IsType<UserNameChangeResult.Unchanged>(await ChangeAsync("lena.old"));

        Assert.Equal("lena.old", (await TestAccounts.FindAsync(portal.Services, "lena.old")).UserName);
        await using var db = await portal.CreateDbContextAsync();
        Assert.False(await db.OutboxMessages.AnyAsync(m => m.Kind == ContactDetailsChangedEmail.Name));
    }

    private async Task<UserNameChangeResult> ChangeAsync(string name)
    {
        var session = await TestSessions.StartAsync(portal.Services, "lena.old", portal.Clock.GetUtcNow());
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AccountProfile>().ChangeUserNameAsync(session, name);
    }
}
