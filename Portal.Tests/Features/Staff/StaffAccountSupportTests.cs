using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Features.Accounts.Security;
using Portal.App.Features.Accounts.Registration;
using Portal.App.Features.Accounts.Shared;
using Portal.App.Features.Accounts.SignIn;
using Portal.App.Features.Staff.Audit;
using Portal.App.Features.Staff.CaseView;
using Portal.App.Features.Staff.Shared;
using Portal.App.Infrastructure.Identity;
using Portal.Domain.Accounts;
using Portal.Domain.Cases;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Staff;

/// <summary>Each "help a caller" action: what it changes, its audit row (with the reason, without personal data) and the notice emailed.</summary>
public sealed class StaffAccountSupportTests(StaffPortal portal) : IClassFixture<StaffPortal>
{
    private const string Reason = "Caller verified by case number and date of birth";

    private StaffAccountSupport Support => portal.Get<StaffAccountSupport>();

    [Fact]
    public async Task Unlocking_clears_the_lockout_audits_it_and_emails_the_parent()
    {
        var (caseNumber, account) = await portal.ParentAccountAsync();
        await portal.UpdateAsync(account.Id, u => { u.LockoutEnd = portal.Clock.GetUtcNow().AddMinutes(10); u.AccessFailedCount = 3; });

        var outcome = await Support.UnlockAsync(portal.Caseworker, caseNumber, account.Id, Reason);

        Assert.Equal(AccountSupportResult.Done, outcome);
        var after = await portal.AccountAsync(account.Id);
        Assert.Null(after.LockoutEnd);
        Assert.Equal(0, after.AccessFailedCount);
        var entry = Assert.Single(await portal.AuditAsync(account.Id));
        Assert.Equal(StaffAuditAction.AccountUnlocked, entry.Action);
        Assert.Equal("caseworker", entry.StaffUserName);
        Assert.Equal(caseNumber.Digits, entry.CaseNumber);
        Assert.Equal(Reason, entry.Reason);
        Assert.Equal(portal.Clock.GetUtcNow(), entry.OccurredAt);
        var mail = Assert.Single(await portal.MailToAsync(account.Email!));
        Assert.Equal("AccountUnlocked", mail.Kind);
    }

    [Fact]
    public async Task An_account_that_is_not_locked_is_not_unlocked_and_nothing_is_audited()
    {
        var (caseNumber, account) = await portal.ParentAccountAsync();

        Assert.Equal(AccountSupportResult.NotNeeded, await Support.UnlockAsync(portal.Caseworker, caseNumber, account.Id, Reason));
        Assert.Empty(await portal.AuditAsync(account.Id));
        Assert.Empty(await portal.MailToAsync(account.Email!));
    }

    [Fact]
    public async Task Every_action_needs_a_reason()
    {
        var (caseNumber, account) = await portal.ParentAccountAsync();
        await portal.UpdateAsync(account.Id, u => u.LockoutEnd = portal.Clock.GetUtcNow().AddMinutes(10));

        Assert.Equal(AccountSupportResult.ReasonMissing, await Support.UnlockAsync(portal.Caseworker, caseNumber, account.Id, "  "));
        Assert.Equal(AccountSupportResult.ReasonMissing, await Support.DisableAccessAsync(portal.Caseworker, caseNumber, account.Id, ""));
        Assert.Equal(AccountSupportResult.ReasonMissing, await Support.CheckPhonePinAsync(portal.Caseworker, caseNumber, account.Id, "123456", ""));
        Assert.NotNull((await portal.AccountAsync(account.Id)).LockoutEnd);
        Assert.Empty(await portal.AuditAsync(account.Id));
    }

    [Fact]
    public async Task An_account_of_a_parent_on_another_case_is_refused()
    {
        var (_, account) = await portal.ParentAccountAsync();
        var (otherCase, _) = portal.NextParent();
        await portal.UpdateAsync(account.Id, u => u.LockoutEnd = portal.Clock.GetUtcNow().AddMinutes(10));

        Assert.Equal(AccountSupportResult.AccountNotOnCase, await Support.UnlockAsync(portal.Caseworker, otherCase, account.Id, Reason));
        Assert.NotNull((await portal.AccountAsync(account.Id)).LockoutEnd);
    }

    [Fact]
    public async Task A_phone_pin_check_says_match_or_no_match_and_never_records_the_pin()
    {
        var (caseNumber, account) = await portal.ParentAccountAsync();
        await SetPinAsync(account.Id, "482915");

        Assert.Equal(AccountSupportResult.PinDidNotMatch, await Support.CheckPhonePinAsync(portal.Caseworker, caseNumber, account.Id, "482916", Reason));
        Assert.Equal(AccountSupportResult.PinMatched, await Support.CheckPhonePinAsync(portal.Caseworker, caseNumber, account.Id, "482915", Reason));

        var entries = await portal.AuditAsync(account.Id);
        Assert.Equal(["No match", "Match"], entries.Select(e => e.Detail));
        Assert.All(entries, e => Assert.Equal(StaffAuditAction.PhonePinChecked, e.Action));
        Assert.DoesNotContain(entries, e => $"{e.Detail} {e.Reason}".Contains("48291", StringComparison.Ordinal));
        Assert.DoesNotContain(portal.App.Logs.Entries, e => e.Message.Contains("48291", StringComparison.Ordinal));
        var mail = await portal.MailToAsync(account.Email!);
        Assert.Equal(2, mail.Count);
        Assert.All(mail, m => Assert.Equal("PhonePinChecked", m.Kind));
        Assert.All(mail, m => Assert.DoesNotContain("48291", m.TextBody, StringComparison.Ordinal));
    }

    [Fact]
    public async Task After_five_wrong_pins_in_an_hour_checks_are_refused_until_the_hour_has_passed()
    {
        var (caseNumber, account) = await portal.ParentAccountAsync();
        await SetPinAsync(account.Id, "730164");
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(AccountSupportResult.PinDidNotMatch, await Support.CheckPhonePinAsync(portal.Caseworker, caseNumber, account.Id, "000111", Reason));
        }

        // Even the right PIN is not checked now: guessing must not continue.
        Assert.Equal(AccountSupportResult.PinAttemptsExhausted, await Support.CheckPhonePinAsync(portal.Caseworker, caseNumber, account.Id, "730164", Reason));

        portal.Clock.Advance(TimeSpan.FromMinutes(61));
        Assert.Equal(AccountSupportResult.PinMatched, await Support.CheckPhonePinAsync(portal.Caseworker, caseNumber, account.Id, "730164", Reason));
    }

    [Fact]
    public async Task A_pin_that_is_not_six_digits_is_not_checked_or_counted()
    {
        var (caseNumber, account) = await portal.ParentAccountAsync();
        await SetPinAsync(account.Id, "591736");

        Assert.Equal(AccountSupportResult.PinNotSixDigits, await Support.CheckPhonePinAsync(portal.Caseworker, caseNumber, account.Id, "5917", Reason));
        Assert.Empty(await portal.AuditAsync(account.Id));
    }

    [Fact]
    public async Task Resetting_security_questions_deletes_the_answers_and_sends_the_parent_to_choose_new_ones()
    {
        var (caseNumber, account) = await portal.ParentAccountAsync();
        await using (var db = await portal.DbAsync())
        {
            foreach (var question in new[] { SecurityQuestion.FirstPetName, SecurityQuestion.CityOfBirth, SecurityQuestion.FavoriteTeacher })
            {
                db.SecurityAnswers.Add(new SecurityAnswerRecord(account.Id, question, "hash"));
            }
            await db.SaveChangesAsync();
        }

        Assert.Equal(AccountSupportResult.Done, await Support.ResetSecurityQuestionsAsync(portal.Caseworker, caseNumber, account.Id, Reason));

        await using (var db = await portal.DbAsync())
        {
            Assert.False(await db.SecurityAnswers.AnyAsync(a => a.UserId == account.Id));
        }
        var after = await portal.AccountAsync(account.Id);
        Assert.NotNull(after.SecurityQuestionsResetAt);
        Assert.Equal(SecurityQuestionsRenewal.PagePath, AccountSignIn.Destination(after, [], "/dashboard"));
        Assert.Equal(StaffAuditAction.SecurityQuestionsReset, Assert.Single(await portal.AuditAsync(account.Id)).Action);
        Assert.Equal("SecurityQuestionsReset", Assert.Single(await portal.MailToAsync(account.Email!)).Kind);

        // The parent chooses new questions: saved as hashes, and sign-in goes where it was heading again.
        var parent = ParentPrincipal(after);
        var renewal = portal.Get<SecurityQuestionsRenewal>();
        Assert.True(await renewal.IsRequiredAsync(parent));
        var saved = await renewal.SaveAsync(parent,
        [
            new(SecurityQuestion.FirstPetName, "Canela"),
            new(SecurityQuestion.CityOfBirth, "Nogales"),
            new(SecurityQuestion.FavoriteTeacher, "Mrs Ortega"),
        ]);
        Assert.IsType<ActivationResult.Saved>(saved);
        await using (var db = await portal.DbAsync())
        {
            var answers = await db.SecurityAnswers.Where(a => a.UserId == account.Id).ToListAsync();
            Assert.Equal(3, answers.Count);
            Assert.DoesNotContain(answers, a => a.AnswerHash.Contains("canela", StringComparison.OrdinalIgnoreCase));
        }
        var renewed = await portal.AccountAsync(account.Id);
        Assert.Null(renewed.SecurityQuestionsResetAt);
        Assert.Equal("/dashboard", AccountSignIn.Destination(renewed, [], "/dashboard"));
        Assert.False(await renewal.IsRequiredAsync(parent));
    }

    [Fact]
    public async Task Resending_the_verification_email_works_only_for_an_account_not_yet_verified()
    {
        var (caseNumber, activated) = await portal.ParentAccountAsync();
        Assert.Equal(AccountSupportResult.NotNeeded,
            await Support.ResendVerificationEmailAsync(portal.Caseworker, caseNumber, activated.Id, Reason, new Uri("https://portal.example.gov/")));

        var (otherCase, personId) = portal.NextParent();
        var unverified = new PortalUser { UserName = "unverified." + personId.ToLowerInvariant(), Email = $"unverified.{personId}@example.net", PersonId = personId, DisplayName = "Una Verified", CreatedAt = portal.Clock.GetUtcNow() };
        using (var scope = portal.App.Services.CreateScope())
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().CreateAsync(unverified)).Succeeded);
        }

        var outcome = await Support.ResendVerificationEmailAsync(portal.Caseworker, otherCase, unverified.Id, Reason, new Uri("https://portal.example.gov/"));

        Assert.Equal(AccountSupportResult.Done, outcome);
        var mail = Assert.Single(await portal.MailToAsync(unverified.Email));
        Assert.Equal("VerifyEmailAddress", mail.Kind);
        Assert.Contains("https://portal.example.gov/register/verify?token=", mail.TextBody, StringComparison.Ordinal);
        Assert.Equal(StaffAuditAction.VerificationEmailResent, Assert.Single(await portal.AuditAsync(unverified.Id)).Action);
    }

    [Fact]
    public async Task A_second_resend_within_the_interval_sends_nothing_says_too_soon_and_is_audited_as_refused()
    {
        var (caseNumber, unverified) = await UnverifiedAccountAsync();

        Assert.Equal(AccountSupportResult.Done, await Support.ResendVerificationEmailAsync(portal.Caseworker, caseNumber, unverified.Id, Reason, Site));
        portal.Clock.Advance(TimeSpan.FromMinutes(4));
        Assert.Equal(AccountSupportResult.TooSoon, await Support.ResendVerificationEmailAsync(portal.Caseworker, caseNumber, unverified.Id, "Caller says nothing arrived", Site));

        Assert.Single(await portal.MailToAsync(unverified.Email!));
        var entries = await portal.AuditAsync(unverified.Id);
        Assert.Equal(2, entries.Count);
        Assert.All(entries, e => Assert.Equal(StaffAuditAction.VerificationEmailResent, e.Action));
        Assert.Equal("Caller says nothing arrived", entries[1].Reason);
        Assert.Equal("Refused: a verification email was sent moments ago; nothing sent", entries[1].Detail);
        Assert.DoesNotContain(portal.App.Logs.Entries, e => e.Message.Contains(unverified.Email!, StringComparison.OrdinalIgnoreCase));

        // The case page shows when the next one can go: five minutes after the one that was sent.
        var view = await portal.Get<StaffCases>().RefreshAsync(portal.Caseworker, caseNumber);
        var status = Assert.Single(view!.Accounts, a => a.UserId == unverified.Id);
        Assert.Equal(portal.Clock.GetUtcNow().AddMinutes(1), status.NextVerificationEmailAt);
    }

    [Fact]
    public async Task A_parents_new_link_counts_against_a_staff_resend_and_after_the_interval_a_resend_works_again()
    {
        var (caseNumber, unverified) = await UnverifiedAccountAsync();
        string expiredLink;
        await using (var db = await portal.DbAsync())
        {
            // Two links at once: the first is superseded, so the parent may ask for a new one once the interval has passed.
            var links = portal.Get<VerificationLinks>();
            expiredLink = await links.IssueAsync(db, unverified.Id, default);
            await db.SaveChangesAsync();
            await links.IssueAsync(db, unverified.Id, default);
            await db.SaveChangesAsync();
        }
        portal.Clock.Advance(TimeSpan.FromMinutes(6));
        Assert.Equal(NewLinkResult.Sent, await portal.Get<AccountActivation>().SendNewLinkAsync(expiredLink, Site, default));

        portal.Clock.Advance(TimeSpan.FromMinutes(3));
        Assert.Equal(AccountSupportResult.TooSoon, await Support.ResendVerificationEmailAsync(portal.Caseworker, caseNumber, unverified.Id, Reason, Site));
        Assert.Single(await portal.MailToAsync(unverified.Email!)); // the parent's

        portal.Clock.Advance(TimeSpan.FromMinutes(2) + TimeSpan.FromSeconds(1));
        Assert.Equal(AccountSupportResult.Done, await Support.ResendVerificationEmailAsync(portal.Caseworker, caseNumber, unverified.Id, Reason, Site));
        var mail = await portal.MailToAsync(unverified.Email!);
        Assert.Equal(2, mail.Count);
        Assert.All(mail, m => Assert.Equal("VerifyEmailAddress", m.Kind));
    }

    [Fact]
    public async Task A_staff_resend_counts_against_the_parents_new_link()
    {
        var (caseNumber, unverified) = await UnverifiedAccountAsync();
        string supersededLink;
        await using (var db = await portal.DbAsync())
        {
            supersededLink = await portal.Get<VerificationLinks>().IssueAsync(db, unverified.Id, default);
            await db.SaveChangesAsync();
        }
        portal.Clock.Advance(TimeSpan.FromMinutes(6));

        Assert.Equal(AccountSupportResult.Done, await Support.ResendVerificationEmailAsync(portal.Caseworker, caseNumber, unverified.Id, Reason, Site));
        Assert.Equal(NewLinkResult.TooSoon, await portal.Get<AccountActivation>().SendNewLinkAsync(supersededLink, Site, default));
        Assert.Single(await portal.MailToAsync(unverified.Email!));
    }

    [Fact]
    public async Task Disabling_access_ends_sessions_and_enabling_it_restores_sign_in_each_with_a_notice_in_the_parents_language()
    {
        var (caseNumber, account) = await portal.ParentAccountAsync(culture: "es-US");
        var stampBefore = (await portal.AccountAsync(account.Id)).SecurityStamp;

        Assert.Equal(AccountSupportResult.Done, await Support.DisableAccessAsync(portal.Caseworker, caseNumber, account.Id, Reason));

        var disabled = await portal.AccountAsync(account.Id);
        Assert.Equal(portal.Clock.GetUtcNow(), disabled.AccessDisabledAt);
        Assert.NotEqual(stampBefore, disabled.SecurityStamp); // the cookie and circuit revalidation end open sessions
        using (var scope = portal.App.Services.CreateScope())
        {
            Assert.False(await scope.ServiceProvider.GetRequiredService<PortalSignInManager>().CanSignInAsync(disabled));
        }
        Assert.Equal(AccountSupportResult.NotNeeded, await Support.DisableAccessAsync(portal.Caseworker, caseNumber, account.Id, Reason));

        Assert.Equal(AccountSupportResult.Done, await Support.EnableAccessAsync(portal.Caseworker, caseNumber, account.Id, Reason));
        Assert.Null((await portal.AccountAsync(account.Id)).AccessDisabledAt);

        Assert.Equal([StaffAuditAction.AccessDisabled, StaffAuditAction.AccessEnabled], (await portal.AuditAsync(account.Id)).Select(e => e.Action));
        var mail = await portal.MailToAsync(account.Email!);
        Assert.Equal(["PortalAccessDisabled", "PortalAccessEnabled"], mail.Select(m => m.Kind));
        Assert.Equal("Se desactivó su acceso al portal", mail[0].Subject);
    }

    private static readonly Uri Site = new("https://portal.example.gov/");

    /// <summary>A registered account not yet verified (no link issued yet) for the next seeded parent, and its case.</summary>
    private async Task<(CaseNumber Case, PortalUser Account)> UnverifiedAccountAsync()
    {
        var (caseNumber, personId) = portal.NextParent();
        var account = new PortalUser { UserName = "waiting." + personId.ToLowerInvariant(), Email = $"waiting.{personId}@example.net", PersonId = personId, DisplayName = "Wanda Waiting", CreatedAt = portal.Clock.GetUtcNow() };
        using var scope = portal.App.Services.CreateScope();
        Assert.True((await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().CreateAsync(account)).Succeeded);
        return (caseNumber, account);
    }

    private async Task SetPinAsync(string userId, string pin)
    {
        using var scope = portal.App.Services.CreateScope();
        var hasher = scope.ServiceProvider.GetRequiredService<IPasswordHasher<PortalUser>>();
        await portal.UpdateAsync(userId, u => u.PhonePinHash = hasher.HashPassword(u, pin));
    }

    private static System.Security.Claims.ClaimsPrincipal ParentPrincipal(PortalUser account) => new(new System.Security.Claims.ClaimsIdentity(
        [
            new(System.Security.Claims.ClaimTypes.NameIdentifier, account.Id),
            new(System.Security.Claims.ClaimTypes.Name, account.UserName!),
            new(PortalClaims.PersonId, account.PersonId!),
        ], "Test"));
}
