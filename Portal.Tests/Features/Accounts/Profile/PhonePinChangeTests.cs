using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Features.Accounts.Profile;
using Portal.App.Features.Accounts.Profile.Emails;
using Portal.App.Features.Accounts.Shared;
using Portal.App.Infrastructure.Identity;
using Portal.Domain.Accounts;
using Portal.Tests.Features.Cases.Dashboard;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Accounts.Profile;

/// <summary>A new phone PIN needs the current password every time, keeps the registration's rules, and is emailed.</summary>
public sealed class PhonePinChangeTests : IAsyncLifetime
{
    private readonly ControlledPortal portal = new();
    private const string Parent = "rosa.pin";

    public async Task InitializeAsync()
    {
        await using (var db = await portal.CreateDbContextAsync())
        {
            await DashboardCases.AddAsync(db); // Rosa Quintero, born 1988-03-02
        }
        await TestAccounts.CreateActivatedAsync(portal.Services, Parent, personId: DashboardCases.Parent);
    }

    public Task DisposeAsync()
    {
        portal.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task The_right_password_and_a_good_pin_change_it_and_the_owner_is_told()
    {
        Assert.IsType<PhonePinChangeResult.Changed>(await ChangeAsync(TestAccounts.Password, "482916"));

        var user = await TestAccounts.FindAsync(portal.Services, Parent);
        await using var scope = portal.Services.CreateAsyncScope();
        var hasher = scope.ServiceProvider.GetRequiredService<IPasswordHasher<PortalUser>>();
        Assert.NotEqual(PasswordVerificationResult.Failed, hasher.VerifyHashedPassword(user, user.PhonePinHash!, "482916"));
        await using var db = await portal.CreateDbContextAsync();
        Assert.Equal("Your phone PIN was changed", (await db.OutboxMessages.SingleAsync(m => m.Kind == ContactDetailsChangedEmail.Name)).Subject);
        Assert.Equal(AccountActivityKind.PhonePinChanged, (await db.AccountActivities.SingleAsync()).Kind);
    }

    [Fact]
    public async Task A_wrong_password_counts_towards_the_lockout_and_a_pin_against_the_rules_is_refused_with_its_reason()
    {
        Assert.IsType<PhonePinChangeResult.WrongPassword>(await ChangeAsync("not-my-password", "482916"));
        Assert.Equal(1, (await TestAccounts.FindAsync(portal.Services, Parent)).AccessFailedCount);

        Assert.Equal(new PhonePinChangeResult.NotAcceptable(PhonePinProblem.DateOfBirth), await ChangeAsync(TestAccounts.Password, "030288"));
        Assert.Equal(new PhonePinChangeResult.NotAcceptable(PhonePinProblem.Sequence), await ChangeAsync(TestAccounts.Password, "345678"));
        Assert.Null((await TestAccounts.FindAsync(portal.Services, Parent)).PhonePinHash);
    }

    private async Task<PhonePinChangeResult> ChangeAsync(string password, string pin)
    {
        var session = await TestSessions.StartAsync(portal.Services, Parent, portal.Clock.GetUtcNow());
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AccountProfile>().ChangePhonePinAsync(session, password, pin);
    }
}
