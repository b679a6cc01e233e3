using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Features.Accounts.SignIn;
using Portal.App.Infrastructure.Identity;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Accounts.SignIn;

/// <summary>The two sign-in steps against the real database and a controlled clock: lockout, and the emailed code's rules.</summary>
public sealed class AccountSignInTests : IAsyncLifetime
{
    private readonly ControlledPortal portal = new();

    public async Task InitializeAsync() => await TestAccounts.CreateActivatedAsync(portal.Services, "maria.parent", personId: "P-TEST-1");

    public Task DisposeAsync()
    {
        portal.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task The_right_password_emails_a_six_digit_code_and_the_code_signs_in_once()
    {
        var secret = await PasswordAsync(portal, "maria.parent", TestAccounts.Password);
        Assert.NotNull(secret);
        var code = await LatestCodeAsync(portal);

        Assert.IsType<CodeCheckResult.SignedIn>(await VerifyAsync(portal, secret, code));
        Assert.IsType<CodeCheckResult.Ended>(await VerifyAsync(portal, secret, code)); // replayed
    }

    [Fact]
    public async Task The_email_address_signs_in_like_the_user_name()
    {
        Assert.NotNull(await PasswordAsync(portal, "MARIA.PARENT@example.net", TestAccounts.Password));
    }

    [Fact]
    public async Task A_wrong_password_an_unknown_account_and_an_unfinished_account_all_fail_the_same_way()
    {
        using (var scope = portal.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var unfinished = new PortalUser { UserName = "half.done", Email = "half.done@example.net", DisplayName = "Half", CreatedAt = portal.Clock.GetUtcNow() };
            Assert.True((await users.CreateAsync(unfinished, TestAccounts.Password)).Succeeded);
        }

        Assert.Null(await PasswordAsync(portal, "maria.parent", "Wrong#Password1"));
        Assert.Null(await PasswordAsync(portal, "nobody.here", TestAccounts.Password));
        Assert.Null(await PasswordAsync(portal, "half.done", TestAccounts.Password));
        var reasons = portal.Logs.Entries.Where(e => e.Message.StartsWith("A sign-in failed: ", StringComparison.Ordinal)).Select(e => e.Message).ToList();
        Assert.Equal(["A sign-in failed: WrongPassword", "A sign-in failed: UnknownAccount", "A sign-in failed: NotActivated"], reasons);
        await using var db = await portal.CreateDbContextAsync();
        Assert.Empty(await db.OutboxMessages.ToListAsync());
    }

    [Fact]
    public async Task Five_wrong_passwords_within_fifteen_minutes_lock_the_account_for_fifteen_minutes()
    {
        for (var i = 0; i < 5; i++)
        {
            Assert.Null(await PasswordAsync(portal, "maria.parent", "Wrong#Password1"));
            portal.Clock.Advance(TimeSpan.FromMinutes(2));
        }
        Assert.Null(await PasswordAsync(portal, "maria.parent", TestAccounts.Password)); // locked: even the right password fails
        Assert.Contains(portal.Logs.Entries, e => e.Message.Contains("locked for 00:15:00", StringComparison.Ordinal));

        portal.Clock.Advance(TimeSpan.FromMinutes(13)); // 15 minutes after the fifth failure
        Assert.NotNull(await PasswordAsync(portal, "maria.parent", TestAccounts.Password));
    }

    [Fact]
    public async Task Wrong_passwords_spread_over_more_than_fifteen_minutes_do_not_lock()
    {
        for (var i = 0; i < 8; i++)
        {
            Assert.Null(await PasswordAsync(portal, "maria.parent", "Wrong#Password1"));
            portal.Clock.Advance(TimeSpan.FromMinutes(16));
        }
        Assert.NotNull(await PasswordAsync(portal, "maria.parent", TestAccounts.Password));
    }

    [Fact]
    public async Task A_code_expires_after_ten_minutes()
    {
        var secret = await PasswordAsync(portal, "maria.parent", TestAccounts.Password);
        var code = await LatestCodeAsync(portal);
        portal.Clock.Advance(TimeSpan.FromMinutes(10));
        Assert.IsType<CodeCheckResult.CodeExpired>(await VerifyAsync(portal, secret, code));
    }

    [Fact]
    public async Task A_code_works_at_nine_minutes_fifty_nine()
    {
        var secret = await PasswordAsync(portal, "maria.parent", TestAccounts.Password);
        var code = await LatestCodeAsync(portal);
        portal.Clock.Advance(TimeSpan.FromSeconds(599));
        Assert.IsType<CodeCheckResult.SignedIn>(await VerifyAsync(portal, secret, code));
    }

    [Fact]
    public async Task Five_wrong_codes_end_the_sign_in_and_the_right_code_no_longer_works()
    {
        var secret = await PasswordAsync(portal, "maria.parent", TestAccounts.Password);
        var code = await LatestCodeAsync(portal);
        var wrong = code == "000000" ? "000001" : "000000";
        for (var i = 0; i < 4; i++) Assert.IsType<CodeCheckResult.WrongCode>(await VerifyAsync(portal, secret, wrong));
        Assert.IsType<CodeCheckResult.Ended>(await VerifyAsync(portal, secret, wrong));
        Assert.IsType<CodeCheckResult.Ended>(await VerifyAsync(portal, secret, code));
    }

    [Fact]
    public async Task Starting_sign_in_again_buys_no_more_guesses_at_the_code_wrong_codes_lock_the_account_like_wrong_passwords()
    {
        for (var signIn = 0; signIn < 5; signIn++)
        {
            var secret = await PasswordAsync(portal, "maria.parent", TestAccounts.Password);
            Assert.NotNull(secret);
            var code = await LatestCodeAsync(portal);
            Assert.IsType<CodeCheckResult.WrongCode>(await VerifyAsync(portal, secret, code == "000000" ? "000001" : "000000"));
            portal.Clock.Advance(TimeSpan.FromSeconds(1));
        }
        Assert.Null(await PasswordAsync(portal, "maria.parent", TestAccounts.Password)); // locked
    }

    [Fact]
    public async Task Wrong_passwords_sent_at_the_same_time_are_each_counted()
    {
        await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => PasswordAsync(portal, "maria.parent", "Wrong#Password1")));
        Assert.Null(await PasswordAsync(portal, "maria.parent", TestAccounts.Password));
        Assert.True((await TestAccounts.FindAsync(portal.Services, "maria.parent")).LockoutEnd > portal.Clock.GetUtcNow());
    }

    [Fact]
    public Task Wrong_codes_sent_at_the_same_time_are_each_counted() => WrongCodesAtOnceAsync(portal);

    [PostgresFact, Trait(PostgresFactAttribute.Trait, PostgresFactAttribute.Postgres)]
    public Task On_PostgreSQL_wrong_codes_sent_at_the_same_time_are_each_counted() =>
        PostgresDatabase.WithPortalAsync(database => new ControlledPortal(postgres: database), async onPostgres =>
        {
            await TestAccounts.CreateActivatedAsync(onPostgres.Services, "maria.parent", personId: "P-TEST-1");
            await WrongCodesAtOnceAsync(onPostgres);
        });

    // Five wrong codes at once use up the sign-in's five tries: none is lost under another's write, so the right code
    // no longer works.
    private static async Task WrongCodesAtOnceAsync(ControlledPortal portal)
    {
        var secret = await PasswordAsync(portal, "maria.parent", TestAccounts.Password);
        var code = await LatestCodeAsync(portal);
        var wrong = code == "000000" ? "000001" : "000000";

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Task.Run(() => VerifyAsync(portal, secret, wrong))));

        Assert.Equal(4, outcomes.Count(o => o is CodeCheckResult.WrongCode));
        Assert.Single(outcomes, o => o is CodeCheckResult.Ended);
        Assert.IsType<CodeCheckResult.Ended>(await VerifyAsync(portal, secret, code));
    }

    [Fact]
    public async Task A_code_works_only_for_the_sign_in_that_asked_for_it()
    {
        var first = await PasswordAsync(portal, "maria.parent", TestAccounts.Password);
        var firstCode = await LatestCodeAsync(portal);
        var second = await PasswordAsync(portal, "maria.parent", TestAccounts.Password);

        Assert.IsType<CodeCheckResult.WrongCode>(await VerifyAsync(portal, second, firstCode));
        Assert.IsType<CodeCheckResult.SignedIn>(await VerifyAsync(portal, first, firstCode));
    }

    [Fact]
    public async Task A_new_code_is_rate_limited_and_replaces_the_previous_one()
    {
        var secret = await PasswordAsync(portal, "maria.parent", TestAccounts.Password);
        var firstCode = await LatestCodeAsync(portal);

        Assert.IsType<NewCodeResult.TooSoon>(await NewCodeAsync(portal, secret));
        portal.Clock.Advance(TimeSpan.FromSeconds(30));
        Assert.IsType<NewCodeResult.Sent>(await NewCodeAsync(portal, secret));
        var secondCode = await LatestCodeAsync(portal);

        if (firstCode != secondCode) Assert.IsType<CodeCheckResult.WrongCode>(await VerifyAsync(portal, secret, firstCode));
        Assert.IsType<CodeCheckResult.SignedIn>(await VerifyAsync(portal, secret, secondCode));
    }

    [Fact]
    public async Task One_sign_in_gets_at_most_five_codes()
    {
        var secret = await PasswordAsync(portal, "maria.parent", TestAccounts.Password);
        for (var i = 0; i < 4; i++)
        {
            portal.Clock.Advance(TimeSpan.FromSeconds(31));
            Assert.IsType<NewCodeResult.Sent>(await NewCodeAsync(portal, secret));
        }
        portal.Clock.Advance(TimeSpan.FromSeconds(31));
        Assert.IsType<NewCodeResult.LimitReached>(await NewCodeAsync(portal, secret));
    }

    [Fact]
    public async Task A_hash_made_with_fewer_iterations_is_upgraded_at_sign_in()
    {
        var weak = new PasswordHasher<PortalUser>(Microsoft.Extensions.Options.Options.Create(new PasswordHasherOptions { IterationCount = 10_000 }));
        using (var scope = portal.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var user = (await users.FindByNameAsync("maria.parent"))!;
            user.PasswordHash = weak.HashPassword(user, TestAccounts.Password);
            await users.UpdateAsync(user);
            Assert.Equal(10_000, IterationsOf(user.PasswordHash));
        }

        Assert.NotNull(await PasswordAsync(portal, "maria.parent", TestAccounts.Password));

        var upgraded = await TestAccounts.FindAsync(portal.Services, "maria.parent");
        Assert.Equal(210_000, IterationsOf(upgraded.PasswordHash!));
    }

    [Fact]
    public async Task No_code_or_password_reaches_the_logs()
    {
        var secret = await PasswordAsync(portal, "maria.parent", TestAccounts.Password);
        var code = await LatestCodeAsync(portal);
        await VerifyAsync(portal, secret, code);
        Assert.DoesNotContain(code, portal.Logs.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(TestAccounts.Password, portal.Logs.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(secret!, portal.Logs.AllText, StringComparison.Ordinal);
    }

    // Identity's v3 format: marker byte, PRF (4 bytes), iteration count (4 bytes, big-endian), ...
    private static int IterationsOf(string hash)
    {
        var bytes = Convert.FromBase64String(hash);
        return (bytes[5] << 24) | (bytes[6] << 16) | (bytes[7] << 8) | bytes[8];
    }

    private static async Task<string?> PasswordAsync(ControlledPortal portal, string login, string password)
    {
        using var scope = portal.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AccountSignIn>().CheckPasswordAsync(login, password, null, default);
    }

    private static async Task<CodeCheckResult> VerifyAsync(ControlledPortal portal, string? secret, string code)
    {
        using var scope = portal.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AccountSignIn>().VerifyEmailCodeAsync(secret, code, default);
    }

    private static async Task<NewCodeResult> NewCodeAsync(ControlledPortal portal, string? secret)
    {
        using var scope = portal.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AccountSignIn>().SendNewCodeAsync(secret, default);
    }

    private static async Task<string> LatestCodeAsync(ControlledPortal portal)
    {
        await using var db = await portal.CreateDbContextAsync();
        var messages = await db.OutboxMessages.AsNoTracking().Where(m => m.Kind == "SignInCode").ToListAsync();
        return SignInCodes.CodeIn(portal.Services.Readable(messages.OrderBy(m => m.CreatedAt).Last()).TextBody);
    }
}
