using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Features.Accounts.Recovery;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Accounts.Recovery;

[Collection(RecoveryCollection.Name)]
public sealed class RecoveryLockTests(RecoveryPortal fixture)
{
    private static readonly string Email = RecoveryPortal.Parent.Email;

    [Fact]
    public async Task Three_wrong_answers_lock_recovery_for_an_hour_email_the_owner_once_and_then_it_opens_again()
    {
        var recovery = fixture.Recovery;
        var challenge = await recovery.GetUsernameQuestionsAsync(Email, default);
        var right = RecoveryPortal.RightAnswers(challenge);

        for (var i = 0; i < 3; i++) Assert.Equal(new RecoveryAnswerResult.Failed(), await recovery.AnswerAsync(challenge, RecoveryPortal.WrongAnswers, default));
        Assert.Equal(1, await fixture.CountEmailsAsync("RecoveryLocked", Email));

        // Locked: even the right answers get the same generic failure, in both flows, and no second notice.
        Assert.Equal(new RecoveryAnswerResult.Failed(), await recovery.AnswerAsync(challenge, right, default));
        var password = await recovery.GetPasswordQuestionsAsync(Email, RecoveryPortal.ParentCase, default);
        Assert.Equal(RecoveryPortal.ParentQuestions, password.Questions); // the page looks no different
        Assert.Equal(new RecoveryAnswerResult.Failed(), await recovery.AnswerAsync(password, RecoveryPortal.RightAnswers(password), default));
        Assert.Equal(new RecoveryAnswerResult.Failed(), await recovery.AnswerAsync(challenge, RecoveryPortal.WrongAnswers, default));
        Assert.Equal(1, await fixture.CountEmailsAsync("RecoveryLocked", Email));

        fixture.Portal.Clock.Advance(TimeSpan.FromMinutes(59));
        Assert.Equal(new RecoveryAnswerResult.Failed(), await recovery.AnswerAsync(challenge, right, default));

        fixture.Portal.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.IsType<RecoveryAnswerResult.UsernameRecovered>(await recovery.AnswerAsync(challenge, right, default));
        await using var db = await fixture.Portal.CreateDbContextAsync();
        Assert.Empty(await db.RecoveryAttempts.ToListAsync());
    }

    [Fact]
    public async Task Wrong_answers_sent_at_the_same_time_are_each_counted_and_lock_recovery()
    {
        using var own = new RecoveryPortal(); // its own: the lock and its email would tell on the other tests
        await WrongAnswersAtOnceAsync(own);
    }

    [PostgresFact, Trait(PostgresFactAttribute.Trait, PostgresFactAttribute.Postgres)]
    public Task On_PostgreSQL_wrong_answers_sent_at_the_same_time_are_each_counted_and_lock_recovery() =>
        PostgresDatabase.WithPortalAsync(database => new RecoveryPortal(database), WrongAnswersAtOnceAsync);

    // Three guesses at once are three guesses: none is lost under another's write, so the lock holds even for the right answers.
    private static async Task WrongAnswersAtOnceAsync(RecoveryPortal portal)
    {
        var challenge = await portal.Recovery.GetUsernameQuestionsAsync(Email, default);

        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => portal.Recovery.AnswerAsync(challenge, RecoveryPortal.WrongAnswers, default))));

        Assert.Equal(new RecoveryAnswerResult.Failed(), await portal.Recovery.AnswerAsync(challenge, RecoveryPortal.RightAnswers(challenge), default));
        Assert.Equal(1, await portal.CountEmailsAsync("RecoveryLocked", Email));
    }

    [Fact]
    public async Task Wrong_answers_older_than_the_window_do_not_count_towards_the_lock()
    {
        var recovery = fixture.Recovery;
        // Far from the other test's instants, whatever order they run in.
        fixture.Portal.Clock.Advance(TimeSpan.FromDays(2));
        var challenge = await recovery.GetUsernameQuestionsAsync(Email, default);
        var locks = await fixture.CountEmailsAsync("RecoveryLocked", Email);

        await recovery.AnswerAsync(challenge, RecoveryPortal.WrongAnswers, default);
        await recovery.AnswerAsync(challenge, RecoveryPortal.WrongAnswers, default);
        fixture.Portal.Clock.Advance(TimeSpan.FromMinutes(61));
        await recovery.AnswerAsync(challenge, RecoveryPortal.WrongAnswers, default);

        Assert.Equal(locks, await fixture.CountEmailsAsync("RecoveryLocked", Email));
        Assert.IsType<RecoveryAnswerResult.UsernameRecovered>(await recovery.AnswerAsync(challenge, RecoveryPortal.RightAnswers(challenge), default));
    }

    [Theory]
    [InlineData("Recovery:FailedAnswersBeforeLock", "0")]
    [InlineData("Recovery:LockDuration", "00:00:00")]
    [InlineData("Recovery:CaseNumberLookupsPerClient", "-1")]
    public void A_setting_out_of_range_stops_the_start_up_naming_it(string key, string value)
    {
        var error = StartupValidation.Check(builder => builder.Services.AddRecovery(), new Dictionary<string, string?> { [key] = value });

        Assert.NotNull(error);
        Assert.Contains(key.Split(':')[1], error.Message, StringComparison.Ordinal);
        Assert.Null(StartupValidation.Check(builder => builder.Services.AddRecovery(), new Dictionary<string, string?>()));
    }
}
