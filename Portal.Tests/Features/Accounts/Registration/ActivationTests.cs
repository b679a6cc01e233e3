using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.App.Features.Accounts.Registration;
using Portal.App.Features.Accounts.Shared;
using Portal.App.Infrastructure.Data.Seeding;
using Portal.App.Infrastructure.Identity;
using Portal.Domain.Accounts;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Accounts.Registration;

public sealed class ActivationTests : IDisposable
{
    internal const string GoodPassword = "Saguaro#Wren47";
    private static readonly DemoIdentities Demo = DemoData.Load().Identities;
    private static readonly Uri Site = new("https://portal.example/");
    private readonly ControlledPortal portal = new(seed: true);

    private AccountActivation Activation => portal.Services.GetRequiredService<AccountActivation>();

    private static SecurityAnswerEntry[] GoodAnswers =>
    [
        new(SecurityQuestion.FirstPetName, "Biscuit"),
        new(SecurityQuestion.CityOfBirth, "Flagstaff"),
        new(SecurityQuestion.FirstSchool, "Kyrene Elementary"),
    ];

    [Theory]
    [InlineData("Saguaro#Wren47Saguaro#Wr4")] // 25 characters
    [InlineData("Password1!")]
    [InlineData("Xx1!elisa.lang")]
    public async Task Passwords_breaking_the_policy_are_rejected_on_the_server(string password)
    {
        var token = await CreateAccountAsync();

        var result = await Activation.SetPasswordAsync(token, password, default);

        Assert.False(Assert.IsType<ActivationResult.PasswordRejected>(result).Check.IsAcceptable);
        await using var db = await portal.CreateDbContextAsync();
        Assert.Null((await db.Users.SingleAsync(u => u.UserName == "elisa.lang")).PasswordHash);
        Assert.Equal(ActivationStep.CreatePassword, (await Activation.LoadAsync(token, default)).Step);
    }

    [Fact]
    public async Task Identity_applies_the_same_policy_to_any_later_password_change()
    {
        await CreateAccountAsync();
        await using var scope = portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = (await users.FindByNameAsync("elisa.lang"))!;

        Assert.False((await users.AddPasswordAsync(user, "Password1!")).Succeeded);
        Assert.False((await users.AddPasswordAsync(user, "Elisa#Wren47x")).Succeeded); // the parent's first name
        Assert.True((await users.AddPasswordAsync(user, GoodPassword)).Succeeded);
        Assert.StartsWith("AQAAAAIAA", user.PasswordHash); // Identity v3 format
        Assert.Equal(210_000, scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<PasswordHasherOptions>>().Value.IterationCount);
    }

    [Fact]
    public async Task Security_answers_are_stored_only_as_hashes_and_match_whatever_the_case()
    {
        var token = await CreateAccountAsync();
        await Activation.SetPasswordAsync(token, GoodPassword, default);

        Assert.IsType<ActivationResult.Saved>(await Activation.SetSecurityAnswersAsync(token, GoodAnswers, default));

        await using var db = await portal.CreateDbContextAsync();
        var user = await db.Users.SingleAsync(u => u.UserName == "elisa.lang");
        var records = await db.SecurityAnswers.Where(a => a.UserId == user.Id).ToListAsync();
        Assert.Equal(GoodAnswers.Select(a => a.Question).Order(), records.Select(r => r.Question).Order());
        Assert.DoesNotContain(records, r => r.AnswerHash.Contains("biscuit", StringComparison.OrdinalIgnoreCase));
        foreach (var file in new[] { DatabaseFile(db), DatabaseFile(db) + "-wal" }.Where(File.Exists))
        {
            var stored = System.Text.Encoding.UTF8.GetString(await File.ReadAllBytesAsync(file));
            Assert.DoesNotContain("kyrene", stored, StringComparison.OrdinalIgnoreCase);
        }
        var hasher = portal.Services.CreateScope().ServiceProvider.GetRequiredService<IPasswordHasher<PortalUser>>();
        var pet = records.Single(r => r.Question == SecurityQuestion.FirstPetName);
        Assert.NotEqual(PasswordVerificationResult.Failed, hasher.VerifyHashedPassword(user, pet.AnswerHash, SecurityAnswer.Normalize("  BISCUIT ")));
        Assert.Equal(PasswordVerificationResult.Failed, hasher.VerifyHashedPassword(user, pet.AnswerHash, SecurityAnswer.Normalize("Biscuits")));
    }

    [Fact]
    public Task Answers_submitted_twice_at_once_are_saved_once() => AnswersTwiceAtOnceAsync(portal);

    [PostgresFact, Trait(PostgresFactAttribute.Trait, PostgresFactAttribute.Postgres)]
    public Task On_PostgreSQL_answers_submitted_twice_at_once_are_saved_once() =>
        PostgresDatabase.WithPortalAsync(database => new ControlledPortal(seed: true, postgres: database), AnswersTwiceAtOnceAsync);

    private static async Task AnswersTwiceAtOnceAsync(ControlledPortal portal)
    {
        var token = await CreateAccountAsync(portal);
        var activation = portal.Services.GetRequiredService<AccountActivation>();
        await activation.SetPasswordAsync(token, GoodPassword, default);

        var results = await Task.WhenAll(Task.Run(() => activation.SetSecurityAnswersAsync(token, GoodAnswers, default)),
            Task.Run(() => activation.SetSecurityAnswersAsync(token, GoodAnswers, default)));

        Assert.Contains(results, r => r is ActivationResult.Saved);
        await using var db = await portal.CreateDbContextAsync();
        // The new account's answers (the seeded demo parent has answers of its own).
        Assert.Equal(3, await db.SecurityAnswers.CountAsync(a => db.Users.Any(u => u.Id == a.UserId && u.UserName == "elisa.lang")));
        Assert.Equal(ActivationStep.PhonePin, (await activation.LoadAsync(token, default)).Step);
    }

    [Fact]
    public async Task Three_identical_answers_or_repeated_questions_are_rejected()
    {
        var token = await CreateAccountAsync();
        await Activation.SetPasswordAsync(token, GoodPassword, default);

        var same = await Activation.SetSecurityAnswersAsync(token,
            [new(SecurityQuestion.FirstPetName, "Biscuit"), new(SecurityQuestion.CityOfBirth, "biscuit"), new(SecurityQuestion.FirstSchool, "BISCUIT ")], default);
        var repeated = await Activation.SetSecurityAnswersAsync(token,
            [new(SecurityQuestion.FirstPetName, "Biscuit"), new(SecurityQuestion.FirstPetName, "Flagstaff"), new(SecurityQuestion.FirstSchool, "Kyrene")], default);

        var rejected = Assert.IsType<ActivationResult.AnswersRejected>(same);
        Assert.Equal([SecurityAnswerProblem.None, SecurityAnswerProblem.RepeatsAnotherAnswer, SecurityAnswerProblem.RepeatsAnotherAnswer], rejected.Answers);
        Assert.Equal(SecurityQuestionSetProblem.RepeatedQuestion, Assert.IsType<ActivationResult.AnswersRejected>(repeated).Questions);
        await using var db = await portal.CreateDbContextAsync();
        Assert.False(await db.SecurityAnswers.AnyAsync(a => db.Users.Any(u => u.Id == a.UserId && u.UserName == "elisa.lang")));
    }

    [Fact]
    public async Task Trivial_pins_and_the_password_are_rejected_and_a_good_pin_is_stored_hashed()
    {
        var token = await CreateAccountAsync();
        await Activation.SetPasswordAsync(token, "Saguaro#482913", default);
        await Activation.SetSecurityAnswersAsync(token, GoodAnswers, default);
        var birth = Demo.ReadyToRegister.DateOfBirth.ToString("MMddyy", System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(PhonePinProblem.AllSameDigit, Rejected(await Activation.SetPhonePinAsync(token, "111111", default)));
        Assert.Equal(PhonePinProblem.Sequence, Rejected(await Activation.SetPhonePinAsync(token, "123456", default)));
        Assert.Equal(PhonePinProblem.DateOfBirth, Rejected(await Activation.SetPhonePinAsync(token, birth, default)));
        Assert.Equal(PhonePinProblem.NotSixDigits, Rejected(await Activation.SetPhonePinAsync(token, "12a456", default)));

        // A password that is itself six digits cannot be set under the Arizona rules; check against the hasher directly.
        await using (var db = await portal.CreateDbContextAsync())
        {
            var user = await db.Users.SingleAsync(u => u.UserName == "elisa.lang");
            var hasher = portal.Services.CreateScope().ServiceProvider.GetRequiredService<IPasswordHasher<PortalUser>>();
            user.PasswordHash = hasher.HashPassword(user, "582913");
            await db.SaveChangesAsync();
        }
        Assert.Equal(PhonePinProblem.SameAsPassword, Rejected(await Activation.SetPhonePinAsync(token, "582913", default)));
        Assert.Equal(ActivationStep.PhonePin, (await Activation.LoadAsync(token, default)).Step);

        Assert.IsType<ActivationResult.Saved>(await Activation.SetPhonePinAsync(token, "730264", default));
        await using var after = await portal.CreateDbContextAsync();
        var activated = await after.Users.SingleAsync(u => u.UserName == "elisa.lang");
        Assert.NotNull(activated.PhonePinHash);
        Assert.DoesNotContain("730264", activated.PhonePinHash);
        var verifier = portal.Services.CreateScope().ServiceProvider.GetRequiredService<IPasswordHasher<PortalUser>>();
        Assert.NotEqual(PasswordVerificationResult.Failed, verifier.VerifyHashedPassword(activated, activated.PhonePinHash!, "730264"));
    }

    [Fact]
    public async Task Activation_completes_only_with_the_pin_and_a_refresh_resumes_at_the_first_unfinished_step()
    {
        var token = await CreateAccountAsync();
        Assert.Equal(ActivationStep.CreatePassword, (await Activation.LoadAsync(token, default)).Step);

        await Activation.SetPasswordAsync(token, GoodPassword, default);
        Assert.Equal(ActivationStep.SecurityQuestions, (await Activation.LoadAsync(token, default)).Step);
        await AssertNotActivatedAsync();

        await Activation.SetSecurityAnswersAsync(token, GoodAnswers, default);
        Assert.Equal(ActivationStep.PhonePin, (await Activation.LoadAsync(token, default)).Step);
        await AssertNotActivatedAsync();
        Assert.Equal(VerificationLinkState.Valid, (await portal.Services.GetRequiredService<VerificationLinks>().CheckAsync(token, default)).State);

        portal.Clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(new ActivationResult.Saved(ActivationStep.Done), await Activation.SetPhonePinAsync(token, "730264", default));

        await using var db = await portal.CreateDbContextAsync();
        var user = await db.Users.SingleAsync(u => u.UserName == "elisa.lang");
        Assert.True(user.EmailConfirmed);
        Assert.Equal(portal.Clock.GetUtcNow(), user.ActivatedAt);
        Assert.True(await MaySignInAsync(user));
        Assert.Equal(VerificationLinkState.AlreadyUsed, (await portal.Services.GetRequiredService<VerificationLinks>().CheckAsync(token, default)).State);
        var reopened = await Activation.LoadAsync(token, default);
        Assert.Equal(ActivationStep.Done, reopened.Step);
        Assert.False(reopened.CanSendNewLink);
        Assert.Equal(NewLinkResult.NotAllowed, await Activation.SendNewLinkAsync(token, Site, default));
    }

    [Fact]
    public async Task A_link_still_works_at_23h59m_and_at_24h01m_offers_a_new_link_that_replaces_it()
    {
        var token = await CreateAccountAsync();
        portal.Clock.Advance(new TimeSpan(23, 59, 0));
        Assert.Equal(ActivationStep.CreatePassword, (await Activation.LoadAsync(token, default)).Step);
        portal.Clock.Advance(TimeSpan.FromMinutes(2));

        var expired = await Activation.LoadAsync(token, default);
        Assert.Equal(ActivationStep.LinkExpired, expired.Step);
        Assert.True(expired.CanSendNewLink);
        Assert.IsType<ActivationResult.LinkChanged>(await Activation.SetPasswordAsync(token, GoodPassword, default));

        Assert.Equal(NewLinkResult.Sent, await Activation.SendNewLinkAsync(token, Site, default));

        var fresh = await LatestLinkAsync(expectedEmails: 2);
        Assert.NotEqual(token, fresh);
        Assert.Equal(ActivationStep.LinkSuperseded, (await Activation.LoadAsync(token, default)).Step);
        Assert.Equal(ActivationStep.CreatePassword, (await Activation.LoadAsync(fresh, default)).Step);
    }

    [Fact]
    public async Task Send_a_new_link_is_limited_to_one_per_account_every_five_minutes()
    {
        var token = await CreateAccountAsync();
        portal.Clock.Advance(TimeSpan.FromHours(25));
        Assert.Equal(NewLinkResult.Sent, await Activation.SendNewLinkAsync(token, Site, default));

        portal.Clock.Advance(TimeSpan.FromMinutes(4));
        Assert.Equal(NewLinkResult.TooSoon, await Activation.SendNewLinkAsync(token, Site, default));
        await LatestLinkAsync(expectedEmails: 2);

        portal.Clock.Advance(TimeSpan.FromMinutes(1.5));
        Assert.Equal(NewLinkResult.Sent, await Activation.SendNewLinkAsync(token, Site, default));
        await LatestLinkAsync(expectedEmails: 3);
    }

    [Fact]
    public async Task The_page_opens_at_the_first_unfinished_step_and_never_logs_the_token()
    {
        var token = await CreateAccountAsync();
        using var client = portal.CreateClient();
        var path = $"/register/verify?token={Uri.EscapeDataString(token)}";

        var first = await client.GetStringAsync(path);
        Assert.Contains("Create your password", first, StringComparison.Ordinal);

        await Activation.SetPasswordAsync(token, GoodPassword, default);
        Assert.Contains("Choose your security questions", await client.GetStringAsync(path), StringComparison.Ordinal);

        portal.Clock.Advance(TimeSpan.FromHours(25));
        var expired = await client.GetStringAsync(path);
        Assert.Contains("This link has expired", expired, StringComparison.Ordinal);
        Assert.Contains("Send a new link", expired, StringComparison.Ordinal);

        Assert.Contains("This link does not work", await client.GetStringAsync("/register/verify?token=nonsense"), StringComparison.Ordinal);
        Assert.DoesNotContain(token, portal.Logs.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_link_leads_nowhere()
    {
        await CreateAccountAsync();
        Assert.Equal(ActivationStep.LinkUnknown, (await Activation.LoadAsync("not-a-real-token", default)).Step);
        Assert.Equal(ActivationStep.LinkUnknown, (await Activation.LoadAsync(null, default)).Step);
        Assert.Equal(NewLinkResult.NotAllowed, await Activation.SendNewLinkAsync("not-a-real-token", Site, default));
    }

    [Fact]
    public void Nist_preset_and_overrides_come_from_configuration()
    {
        var options = new PasswordPolicyOptions { Preset = PasswordPreset.Nist, MaxLength = 128 };
        Assert.Equal(PasswordRules.Nist with { MaxLength = 128 }, options.ToRules());
        Assert.True(new PasswordPolicyOptionsValidator().Validate(null, options).Succeeded);
        Assert.True(new PasswordPolicyOptionsValidator().Validate(null, new PasswordPolicyOptions { MinLength = 30 }).Failed);
    }

    [Fact]
    public void An_agency_switches_to_nist_rules_by_configuration()
    {
        using var nist = new ControlledPortal();
        nist.Settings["Accounts:Password:Preset"] = "Nist";
        nist.Settings["Accounts:Password:MaxLength"] = "128";

        var policy = nist.Services.GetRequiredService<PasswordPolicy>();

        Assert.Equal(PasswordRules.Nist with { MaxLength = 128 }, policy.Rules);
        Assert.True(policy.Check("cactus wren over the river", PasswordContext.None).IsAcceptable);
        Assert.Equal(PasswordRules.Arizona, portal.Services.GetRequiredService<PasswordPolicy>().Rules);
    }

    private static PhonePinProblem Rejected(ActivationResult result) => Assert.IsType<ActivationResult.PinRejected>(result).Problem;

    private async Task AssertNotActivatedAsync()
    {
        await using var db = await portal.CreateDbContextAsync();
        var user = await db.Users.SingleAsync(u => u.UserName == "elisa.lang");
        Assert.False(user.EmailConfirmed);
        Assert.Null(user.ActivatedAt);
        Assert.False(await MaySignInAsync(user));
    }

    /// <summary>Identity's sign-in asks this (SignIn.RequireConfirmedAccount) before it lets anyone in.</summary>
    private async Task<bool> MaySignInAsync(PortalUser user)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        Assert.True(scope.ServiceProvider.GetRequiredService<IOptions<IdentityOptions>>().Value.SignIn.RequireConfirmedAccount);
        return await scope.ServiceProvider.GetRequiredService<IUserConfirmation<PortalUser>>()
            .IsConfirmedAsync(scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>(), user);
    }

    private static string DatabaseFile(Portal.App.Infrastructure.Data.PortalDbContext db) =>
        new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;

    /// <summary>Registers the ReadyToRegister parent and returns the secret of the link in their email.</summary>
    private Task<string> CreateAccountAsync() => CreateAccountAsync(portal);

    private static async Task<string> CreateAccountAsync(ControlledPortal portal)
    {
        var match = await portal.Services.GetRequiredService<CaseMatcher>().MatchAsync(CaseMatcherTests.Request(Demo.ReadyToRegister), "192.0.2.1", default);
        var parent = Assert.IsType<CaseMatchResult.Matched>(match).Parent;
        var account = new NewAccount(Guid.NewGuid(), parent, Demo.ReadyToRegister.Email, "elisa.lang", ContactMethod.Email, "en-US");
        Assert.IsType<AccountCreationResult.Created>(await portal.Services.GetRequiredService<AccountRegistration>().CreateAsync(account, "192.0.2.1", Site, default));
        return await LatestLinkAsync(portal, expectedEmails: 1);
    }

    private Task<string> LatestLinkAsync(int expectedEmails) => LatestLinkAsync(portal, expectedEmails);

    private static async Task<string> LatestLinkAsync(ControlledPortal portal, int expectedEmails)
    {
        await using var db = await portal.CreateDbContextAsync();
        var emails = await db.OutboxMessages.Where(m => m.Kind == "VerifyEmailAddress").ToListAsync();
        Assert.Equal(expectedEmails, emails.Count);
        var latest = emails.OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id).First();
        return VerificationEmails.TokenIn(portal.Services.Readable(latest).TextBody);
    }

    public void Dispose() => portal.Dispose();
}
