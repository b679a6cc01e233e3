using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Features.Accounts.Recovery;
using Portal.App.Infrastructure.Identity;
using Portal.Domain.Accounts;
using Portal.Domain.Cases;

namespace Portal.Tests.Features.Accounts.Recovery;

[Collection(RecoveryCollection.Name)]
public sealed class AccountRecoveryTests(RecoveryPortal fixture)
{
    private static readonly string Email = RecoveryPortal.Parent.Email;

    private AccountRecovery Recovery => fixture.Recovery;

    [Fact]
    public async Task A_real_account_is_asked_its_own_questions_in_both_flows()
    {
        var username = await Recovery.GetUsernameQuestionsAsync("  " + Email.ToUpperInvariant() + " ", default);
        var password = await Recovery.GetPasswordQuestionsAsync(Email, RecoveryPortal.ParentCase, default);

        Assert.Equal(RecoveryPortal.ParentQuestions, username.Questions);
        Assert.Equal(RecoveryPortal.ParentQuestions, password.Questions);
    }

    [Fact]
    public async Task Decoy_questions_are_three_distinct_choices_the_same_every_time_and_different_between_inputs()
    {
        var first = await Recovery.GetUsernameQuestionsAsync("nobody.here@example.net", default);
        var again = await Recovery.GetUsernameQuestionsAsync(" Nobody.Here@Example.NET", default);
        var decoys = new List<IReadOnlyList<SecurityQuestion>>();
        for (var i = 0; i < 12; i++) decoys.Add((await Recovery.GetUsernameQuestionsAsync($"stranger{i}@example.org", default)).Questions);

        Assert.Equal(first.Questions, again.Questions);
        Assert.All(decoys.Append(first.Questions), questions =>
        {
            Assert.Equal(SecurityQuestionChoices.QuestionCount, questions.Count);
            Assert.Equal(SecurityQuestionChoices.QuestionCount, questions.Distinct().Count());
            Assert.All(questions, q => Assert.True(Enum.IsDefined(q)));
        });
        // Twelve different emails do not all land on the same three questions.
        Assert.True(decoys.Select(q => string.Join(",", q)).Distinct().Count() > 1);
    }

    [Fact]
    public async Task Answers_to_decoy_questions_fail_like_wrong_answers_and_queue_nothing()
    {
        var decoy = await Recovery.GetUsernameQuestionsAsync("nobody.at.all@example.net", default);
        var before = await CountAllEmailsAsync();

        var result = await Recovery.AnswerAsync(decoy, ["Pepper", "Kingman", "Mrs Yazzie"], default);

        Assert.Equal(new RecoveryAnswerResult.Failed(), result);
        Assert.Equal(before, await CountAllEmailsAsync());
    }

    [Fact]
    public async Task An_account_not_yet_activated_is_treated_as_unknown_even_with_the_right_answers()
    {
        await SetActivatedAtAsync(null);
        try
        {
            var challenge = await Recovery.GetUsernameQuestionsAsync(Email, default);

            var decoys = fixture.Portal.Services.GetRequiredService<DecoyQuestions>().For(AccountRecovery.NormalizeEmail(Email));
            Assert.Equal(decoys, challenge.Questions);
            var rightAnswersInOrder = RecoveryPortal.RightAnswers(await WithActivatedAsync(() => Recovery.GetUsernameQuestionsAsync(Email, default)));
            Assert.IsType<RecoveryAnswerResult.Failed>(await Recovery.AnswerAsync(challenge, rightAnswersInOrder, default));
        }
        finally
        {
            await SetActivatedAtAsync(DateTimeOffset.UnixEpoch);
        }
    }

    [Fact]
    public async Task Staff_accounts_without_security_answers_get_decoys()
    {
        var staff = await Recovery.GetUsernameQuestionsAsync("caseworker@dcss.example.gov", default);

        Assert.Equal(3, staff.Questions.Count);
        Assert.IsType<RecoveryAnswerResult.Failed>(await Recovery.AnswerAsync(staff, RecoveryPortal.WrongAnswers, default));
    }

    [Fact]
    public async Task Wrong_answers_get_the_generic_failure_and_right_ones_then_show_and_email_the_username()
    {
        var challenge = await Recovery.GetUsernameQuestionsAsync(Email, default);
        var before = await fixture.CountEmailsAsync("UsernameReminder", Email);

        // Two of three right is still a failure, with nothing said about which.
        var nearlyRight = RecoveryPortal.RightAnswers(challenge).ToArray();
        nearlyRight[1] = "Tucson";
        Assert.Equal(new RecoveryAnswerResult.Failed(), await Recovery.AnswerAsync(challenge, nearlyRight, default));
        var result = await Recovery.AnswerAsync(challenge, RecoveryPortal.RightAnswers(challenge), default);

        Assert.Equal(RecoveryPortal.Parent.UserName, Assert.IsType<RecoveryAnswerResult.UsernameRecovered>(result).UserName);
        Assert.Equal(before + 1, await fixture.CountEmailsAsync("UsernameReminder", Email));
        await using var db = await fixture.Portal.CreateDbContextAsync();
        Assert.Empty(await db.RecoveryAttempts.ToListAsync()); // the right answers cleared the failure
    }

    [Fact]
    public async Task Forgot_password_sets_the_new_password_changes_the_security_stamp_and_sends_a_notice()
    {
        const string newPassword = "Ironwood#Trail58";
        var stampBefore = await StampAsync();
        var notices = await fixture.CountEmailsAsync("PasswordChanged", Email);
        var challenge = await Recovery.GetPasswordQuestionsAsync(Email, RecoveryPortal.ParentCase, default);

        var allowed = Assert.IsType<RecoveryAnswerResult.PasswordResetAllowed>(await Recovery.AnswerAsync(challenge, RecoveryPortal.RightAnswers(challenge), default));
        var weak = await Recovery.ResetPasswordAsync(allowed.Ticket, "Eloisa#2026", default); // the parent's name
        Assert.IsType<PasswordResetResult.Rejected>(weak);
        Assert.IsType<PasswordResetResult.Changed>(await Recovery.ResetPasswordAsync(allowed.Ticket, newPassword, default));

        await using var scope = fixture.Portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = (await users.FindByEmailAsync(Email))!;
        Assert.True(await users.CheckPasswordAsync(user, newPassword));
        Assert.False(await users.CheckPasswordAsync(user, RecoveryPortal.Parent.Password!));
        Assert.NotEqual(stampBefore, user.SecurityStamp);
        Assert.Equal(notices + 1, await fixture.CountEmailsAsync("PasswordChanged", Email));
        // The proof works once: the reset changed the stamp it was bound to.
        Assert.IsType<PasswordResetResult.Expired>(await Recovery.ResetPasswordAsync(allowed.Ticket, "Paloverde#Trail59", default));

        // Back to the documented demo password, for the class's other tests.
        Assert.True((await users.RemovePasswordAsync(user)).Succeeded);
        Assert.True((await users.AddPasswordAsync(user, RecoveryPortal.Parent.Password!)).Succeeded);
    }

    [Fact]
    public async Task A_tampered_reset_proof_is_refused_and_sends_no_notice()
    {
        var challenge = await Recovery.GetPasswordQuestionsAsync(Email, RecoveryPortal.ParentCase, default);
        var allowed = Assert.IsType<RecoveryAnswerResult.PasswordResetAllowed>(await Recovery.AnswerAsync(challenge, RecoveryPortal.RightAnswers(challenge), default));
        var notices = await fixture.CountEmailsAsync("PasswordChanged", Email);

        var forged = allowed.Ticket with { Token = allowed.Ticket.Token[..^4] + "AAAA" };

        Assert.IsType<PasswordResetResult.Expired>(await Recovery.ResetPasswordAsync(forged, "Ironwood#Trail58", default));
        Assert.Equal(notices, await fixture.CountEmailsAsync("PasswordChanged", Email));
    }

    private async Task SetActivatedAtAsync(DateTimeOffset? activatedAt)
    {
        await using var db = await fixture.Portal.CreateDbContextAsync();
        var user = await db.Users.SingleAsync(u => u.Email == Email);
        user.ActivatedAt = activatedAt;
        await db.SaveChangesAsync();
    }

    private async Task<T> WithActivatedAsync<T>(Func<Task<T>> action)
    {
        await SetActivatedAtAsync(DateTimeOffset.UnixEpoch);
        try
        {
            return await action();
        }
        finally
        {
            await SetActivatedAtAsync(null);
        }
    }

    private async Task<string?> StampAsync()
    {
        await using var db = await fixture.Portal.CreateDbContextAsync();
        return await db.Users.Where(u => u.Email == Email).Select(u => u.SecurityStamp).SingleAsync();
    }

    private async Task<int> CountAllEmailsAsync()
    {
        await using var db = await fixture.Portal.CreateDbContextAsync();
        return await db.OutboxMessages.CountAsync();
    }
}
