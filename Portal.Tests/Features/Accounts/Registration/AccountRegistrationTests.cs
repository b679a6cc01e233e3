using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Features.Accounts.Registration;
using Portal.App.Features.Accounts.Shared;
using Portal.App.Infrastructure.Data.Seeding;
using Portal.App.Infrastructure.Identity;
using Portal.Domain.Accounts;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Accounts.Registration;

public sealed class AccountRegistrationTests : IDisposable
{
    private static readonly DemoIdentities Demo = DemoData.Load().Identities;
    private static readonly Uri Site = new("https://portal.example/");
    private readonly ControlledPortal portal = new(seed: true);

    [Fact]
    public async Task Create_account_makes_an_unverified_account_and_emails_a_working_link()
    {
        var account = await NewAccountAsync();

        var outcome = await CreateAsync(account);

        var created = Assert.IsType<AccountCreationResult.Created>(outcome);
        await using var db = await portal.CreateDbContextAsync();
        var user = await db.Users.SingleAsync(u => u.Id == created.UserId);
        Assert.False(user.EmailConfirmed);
        Assert.Null(user.PasswordHash);
        Assert.Equal(Demo.ReadyToRegister.PersonId, user.PersonId);
        Assert.Equal(ContactMethod.Email, user.PreferredContact);
        var email = await db.OutboxMessages.SingleAsync(m => m.Kind == "VerifyEmailAddress");
        Assert.Equal(account.Email, email.ToAddress);
        var token = VerificationEmails.TokenIn(portal.Services.Readable(email).TextBody);
        Assert.Equal((VerificationLinkState.Valid, created.UserId), await portal.Services.GetRequiredService<VerificationLinks>().CheckAsync(token, default));
    }

    [Fact]
    public Task Clicking_create_account_twice_at_once_creates_one_account_and_one_email() => OneAccountFromClicksAtOnceAsync(portal);

    [PostgresFact, Trait(PostgresFactAttribute.Trait, PostgresFactAttribute.Postgres)]
    public Task On_PostgreSQL_clicking_create_account_twice_at_once_creates_one_account_and_one_email() =>
        PostgresDatabase.WithPortalAsync(database => new ControlledPortal(seed: true, postgres: database), OneAccountFromClicksAtOnceAsync);

    private static async Task OneAccountFromClicksAtOnceAsync(ControlledPortal portal)
    {
        var account = await NewAccountAsync(portal);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => CreateAsync(portal, account))));

        Assert.Single(outcomes.Select(o => Assert.IsType<AccountCreationResult.Created>(o).UserId).Distinct());
        await using var db = await portal.CreateDbContextAsync();
        Assert.Equal(1, await db.Users.CountAsync(u => u.PersonId == account.Parent.PersonId));
        Assert.Equal(1, await db.OutboxMessages.CountAsync(m => m.Kind == "VerifyEmailAddress"));
    }

    [Fact]
    public async Task A_user_name_already_in_use_is_sent_back_to_be_changed()
    {
        var account = await NewAccountAsync();

        var takenName = await CreateAsync(account with { UserName = Demo.RegisteredParent.UserName! });

        Assert.Equal([AccountProblem.UserNameTaken], Assert.IsType<AccountCreationResult.Rejected>(takenName).Problems);
        await using var db = await portal.CreateDbContextAsync();
        Assert.False(await db.Users.AnyAsync(u => u.PersonId == account.Parent.PersonId));
        Assert.False(await db.OutboxMessages.AnyAsync());
    }

    [Fact]
    public async Task An_email_that_already_has_an_account_gets_the_usual_answer_and_its_owner_is_told()
    {
        var account = await NewAccountAsync();

        var outcome = await CreateAsync(account with { Email = Demo.RegisteredParent.Email });
        var again = await CreateAsync(account with { Email = Demo.RegisteredParent.Email });

        // The page shows "check your email" for this outcome exactly as for a created account.
        Assert.IsType<AccountCreationResult.EmailOwnerNotified>(outcome);
        Assert.IsType<AccountCreationResult.EmailOwnerNotified>(again);
        await using var db = await portal.CreateDbContextAsync();
        Assert.False(await db.Users.AnyAsync(u => u.PersonId == account.Parent.PersonId));
        // One notice to the owner, however often it is tried within the hour; nothing else is sent.
        var notice = Assert.Single(await db.OutboxMessages.ToListAsync());
        Assert.Equal("EmailInUseNotice", notice.Kind);
        Assert.Equal(Demo.RegisteredParent.Email, notice.ToAddress, ignoreCase: true);
    }

    [Fact]
    public async Task Taken_usernames_are_told_at_most_five_times_per_registration()
    {
        var account = await NewAccountAsync();
        for (var i = 0; i < 5; i++)
        {
            Assert.IsType<AccountCreationResult.Rejected>(await CreateAsync(account with { UserName = Demo.RegisteredParent.UserName! }));
        }

        // The sixth try is refused before anything is looked up, even for a name that is free.
        Assert.IsType<AccountCreationResult.TooManyUserNameChecks>(await CreateAsync(account with { UserName = Demo.RegisteredParent.UserName! }));
        Assert.IsType<AccountCreationResult.TooManyUserNameChecks>(await CreateAsync(account));

        portal.Clock.Advance(TimeSpan.FromMinutes(61));
        Assert.IsType<AccountCreationResult.Created>(await CreateAsync(account));
    }

    [Fact]
    public async Task Taken_usernames_are_limited_per_client_across_registrations()
    {
        var account = await NewAccountAsync();
        // Fifteen answers spread over three registrations from one client: within each draft's limit.
        for (var i = 0; i < 15; i++)
        {
            var draft = account with { RegistrationId = Guid.NewGuid(), UserName = Demo.RegisteredParent.UserName! };
            Assert.IsType<AccountCreationResult.Rejected>(await CreateAsync(draft));
        }

        Assert.IsType<AccountCreationResult.TooManyUserNameChecks>(await CreateAsync(account with { RegistrationId = Guid.NewGuid() }));
        // Another client is not held back.
        Assert.IsType<AccountCreationResult.Created>(await CreateAsync(account, client: "192.0.2.77"));
    }

    [Fact]
    public async Task An_account_made_with_another_email_than_the_one_on_file_is_also_told_to_the_one_on_file()
    {
        var account = await NewAccountAsync();
        Assert.Equal(Demo.ReadyToRegister.Email, account.Parent.EmailOnFile, ignoreCase: true);

        Assert.IsType<AccountCreationResult.Created>(await CreateAsync(account with { Email = "someone.else@example.org" }));

        await using var db = await portal.CreateDbContextAsync();
        var messages = await db.OutboxMessages.OrderBy(m => m.Kind).Select(m => new { m.Kind, m.ToAddress }).ToListAsync();
        Assert.Equal(2, messages.Count);
        Assert.Equal(("EmailOnFileNotice", Demo.ReadyToRegister.Email.ToUpperInvariant()), (messages[0].Kind, messages[0].ToAddress.ToUpperInvariant()));
        Assert.Equal(("VerifyEmailAddress", "someone.else@example.org"), (messages[1].Kind, messages[1].ToAddress));
    }

    [Fact]
    public async Task An_account_made_with_the_email_on_file_sends_only_the_verification_email()
    {
        var account = await NewAccountAsync();

        Assert.IsType<AccountCreationResult.Created>(await CreateAsync(account with { Email = " " + account.Parent.EmailOnFile!.ToUpperInvariant() }));

        await using var db = await portal.CreateDbContextAsync();
        Assert.Equal(["VerifyEmailAddress"], await db.OutboxMessages.Select(m => m.Kind).ToListAsync());
    }

    [Fact]
    public async Task A_new_registration_replaces_one_the_parent_never_verified()
    {
        var first = await NewAccountAsync();
        var abandoned = Assert.IsType<AccountCreationResult.Created>(await CreateAsync(first));

        var again = Assert.IsType<AccountCreationResult.Created>(await CreateAsync(first with { RegistrationId = Guid.NewGuid(), UserName = "elisa.again" }));

        Assert.NotEqual(abandoned.UserId, again.UserId);
        await using var db = await portal.CreateDbContextAsync();
        var user = await db.Users.SingleAsync(u => u.PersonId == first.Parent.PersonId);
        Assert.Equal("elisa.again", user.UserName);
        Assert.Equal(1, await db.EmailVerificationTokens.CountAsync());
    }

    [Fact]
    public async Task Unverified_accounts_are_purged_after_a_week_and_verified_ones_kept()
    {
        var created = Assert.IsType<AccountCreationResult.Created>(await CreateAsync(await NewAccountAsync()));
        var purger = portal.Services.GetRequiredService<UnverifiedAccountPurger>();

        portal.Clock.Advance(TimeSpan.FromDays(6));
        Assert.Equal(0, await purger.PurgeAsync(default));
        portal.Clock.Advance(TimeSpan.FromDays(1.5));
        Assert.Equal(1, await purger.PurgeAsync(default));

        await using var db = await portal.CreateDbContextAsync();
        Assert.False(await db.Users.AnyAsync(u => u.Id == created.UserId));
        Assert.False(await db.EmailVerificationTokens.AnyAsync());
        Assert.True(await db.Users.AnyAsync(u => u.UserName == Demo.RegisteredParent.UserName));
        Assert.True(await db.Users.AnyAsync(u => u.UserName == Demo.Caseworker.UserName));
    }

    private Task<NewAccount> NewAccountAsync() => NewAccountAsync(portal);

    private static async Task<NewAccount> NewAccountAsync(ControlledPortal portal)
    {
        var match = await portal.Services.GetRequiredService<CaseMatcher>().MatchAsync(CaseMatcherTests.Request(Demo.ReadyToRegister), "192.0.2.1", default);
        var parent = Assert.IsType<CaseMatchResult.Matched>(match).Parent;
        return new NewAccount(Guid.NewGuid(), parent, Demo.ReadyToRegister.Email, "elisa.lang", ContactMethod.Email, "en-US");
    }

    private Task<AccountCreationResult> CreateAsync(NewAccount account, string client = "192.0.2.1") => CreateAsync(portal, account, client);

    private static Task<AccountCreationResult> CreateAsync(ControlledPortal portal, NewAccount account, string client = "192.0.2.1") =>
        portal.Services.GetRequiredService<AccountRegistration>().CreateAsync(account, client, Site, default);

    public void Dispose() => portal.Dispose();
}
