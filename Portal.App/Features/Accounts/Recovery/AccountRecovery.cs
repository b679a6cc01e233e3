using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.App.Infrastructure.Data;
using Portal.App.Infrastructure.Email;
using Portal.App.Infrastructure.Email.Templates;
using Portal.App.Infrastructure.Identity;
using Portal.Domain.Accounts;
using Portal.Domain.Cases;
using Portal.App.Features.Accounts.Recovery.Emails;
using Portal.App.Features.Accounts.Shared.Emails;

namespace Portal.App.Features.Accounts.Recovery;

/// <summary>
/// "Forgot username" and "Forgot password": find the account, ask its three security questions, and on the
/// right answers show the username or allow a new password.
/// <para>
/// Nothing on screen tells a stranger whether an account exists, or whether it is on a given case. An unknown
/// email, an account not yet activated and an account without security answers all get three decoy questions
/// (<see cref="DecoyQuestions"/>, keyed on the email alone), and their answers fail with the same message as
/// wrong answers. A real account is asked its own questions on both pages whatever case number is typed; a
/// case number that is not one of its cases makes even the right answers fail, and counts, like wrong answers. Three wrong sets of answers lock recovery for that account for an hour and email its owner.
/// </para>
/// <para>
/// The lock is not shown on screen: a locked account answers with the same generic failure, even to the right
/// answers. Saying "locked" would tell a stranger that the email has an account (decoys never lock), so the
/// owner learns about the lock, and until when, from the email that goes to their own address; the page only
/// says, to everyone alike, that recovery pauses after several tries and that customer service can help.
/// </para>
/// </summary>
public sealed partial class AccountRecovery(
    IServiceScopeFactory scopes,
    IDbContextFactory<PortalDbContext> dbFactory,
    DecoyQuestions decoys,
    EmailOutbox outbox,
    PasswordPolicy passwordPolicy,
    SessionRegistry sessionRegistry,
    IOptions<RecoveryOptions> options,
    TimeProvider time,
    ILogger<AccountRecovery> logger)
{
    // Answers to decoy questions are checked against this, so a decoy takes as long as a real account.
    private static readonly Lazy<string> DummyAnswerHash = new(() =>
        new PasswordHasher<PortalUser>(Options.Create(new PasswordHasherOptions { IterationCount = 210_000 })).HashPassword(new PortalUser(), "decoy answer"));

    public PasswordPolicy PasswordPolicy => passwordPolicy;

    /// <summary>The questions for "Forgot username": the account's, or decoys for an email without one.</summary>
    public async Task<RecoveryChallenge> GetUsernameQuestionsAsync(string email, CancellationToken cancellationToken)
    {
        var normalizedEmail = NormalizeEmail(email);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var accountId = await FindActivatedAccountAsync(db, normalizedEmail, cancellationToken);
        return await ChallengeAsync(db, RecoveryPurpose.Username, accountId, normalizedEmail, cancellationToken);
    }

    /// <summary>
    /// The questions for "Forgot password": the same as "Forgot username" shows for the email, whatever the case
    /// number. Whether the case number is one of the account's cases is only remembered, for the answer check.
    /// </summary>
    public async Task<RecoveryChallenge> GetPasswordQuestionsAsync(string email, CaseNumber caseNumber, CancellationToken cancellationToken)
    {
        var normalizedEmail = NormalizeEmail(email);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var accountId = await FindActivatedAccountAsync(db, normalizedEmail, cancellationToken);
        var onCase = accountId is not null && await db.Users.Where(u => u.Id == accountId)
            .Join(db.Participants, u => u.PersonId, p => p.PersonId, (u, p) => p.CaseId)
            .Join(db.Cases.Where(c => c.Number == caseNumber), caseId => caseId, c => c.Id, (caseId, c) => c.Id)
            .AnyAsync(cancellationToken);
        return await ChallengeAsync(db, RecoveryPurpose.Password, accountId, normalizedEmail, cancellationToken, onCase);
    }

    /// <summary>
    /// Checks the three answers (normalised, against their salted hashes). Right answers clear earlier failures
    /// and, for "Forgot username", email the username; wrong ones count towards the lock.
    /// </summary>
    public async Task<RecoveryAnswerResult> AnswerAsync(RecoveryChallenge challenge, IReadOnlyList<string?> answers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(challenge);
        ArgumentNullException.ThrowIfNull(answers);
        await using var scope = scopes.CreateAsyncScope();
        var hasher = scope.ServiceProvider.GetRequiredService<IPasswordHasher<PortalUser>>();
        if (challenge.AccountId is not { } userId)
        {
            await SpendTheTimeOfAnAnswerCheckAsync(hasher, answers, cancellationToken);
            LogFailed(challenge.Purpose, RecoveryFailure.NoAccount);
            return new RecoveryAnswerResult.Failed();
        }

        var settings = options.Value;
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        // Serialised: two tabs answering at once count one after the other.
        var (outcome, failure) = await db.InWriterTransactionAsync<(RecoveryAnswerResult, RecoveryFailure?)>(async () =>
        {
            var user = await db.Users.SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
            var attempts = await db.RecoveryAttempts.Where(a => a.UserId == userId).ToListAsync(cancellationToken);
            db.RecoveryAttempts.RemoveRange(attempts.Where(a => !a.Counts(now, settings.LockRule)));
            if (user is null || attempts.Any(a => a.Locks(now)))
            {
                await SpendTheTimeOfAnAnswerCheckAsync(hasher, answers, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                return (new RecoveryAnswerResult.Failed(), user is null ? RecoveryFailure.NoAccount : RecoveryFailure.Locked);
            }

            var stored = await db.SecurityAnswers.Where(a => a.UserId == userId).ToListAsync(cancellationToken);
            // Every answer is checked, right or wrong, so the time taken does not say how many were right.
            // On the thread pool: three PBKDF2 checks would otherwise hold the circuit (and its "busy" render) for their duration.
            var checks = await Task.Run(() => challenge.Questions.Select((question, i) =>
                stored.FirstOrDefault(r => r.Question == question) is { } record
                && hasher.VerifyHashedPassword(user, record.AnswerHash, SecurityAnswer.Normalize(i < answers.Count ? answers[i] : null)) != PasswordVerificationResult.Failed).ToList(), cancellationToken);
            // A case number that is not the account's fails here, after the same checks, and counts like wrong answers.
            var right = challenge.CaseNumberMatches && checks.Count == SecurityQuestionChoices.QuestionCount && checks.All(ok => ok);

            if (!right)
            {
                var failures = attempts.Where(a => a.LockedUntil is null && a.Counts(now, settings.LockRule)).ToList();
                if (settings.LockRule.LockAfterFailure(failures.Count, now) is { } lockedUntil)
                {
                    db.RecoveryAttempts.RemoveRange(failures);
                    db.RecoveryAttempts.Add(new RecoveryAttempt(userId, now, lockedUntil));
                    if (user.Email is { } email)
                    {
                        await outbox.QueueAsync(db, new EmailRecipient(email, user.DisplayName, user.PreferredCulture), new RecoveryLockedEmail(user.DisplayName, lockedUntil));
                    }
                    LogLocked(challenge.Purpose, settings.LockDuration);
                }
                else
                {
                    db.RecoveryAttempts.Add(new RecoveryAttempt(userId, now));
                }
                await db.SaveChangesAsync(cancellationToken);
                return (new RecoveryAnswerResult.Failed(), challenge.CaseNumberMatches ? RecoveryFailure.WrongAnswers : RecoveryFailure.WrongCaseNumber);
            }

            db.RecoveryAttempts.RemoveRange(attempts);
            RecoveryAnswerResult result;
            if (challenge.Purpose == RecoveryPurpose.Username)
            {
                if (user.Email is { } email)
                {
                    await outbox.QueueAsync(db, new EmailRecipient(email, user.DisplayName, user.PreferredCulture), new UsernameReminderEmail(user.DisplayName, user.UserName!));
                }
                result = new RecoveryAnswerResult.UsernameRecovered(user.UserName!);
            }
            else
            {
                var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
                var token = await users.GeneratePasswordResetTokenAsync(user);
                result = new RecoveryAnswerResult.PasswordResetAllowed(new PasswordResetTicket(user.Id, token, await PolicyPasswordValidator.ContextForAsync(dbFactory, user, cancellationToken)));
            }
            await db.SaveChangesAsync(cancellationToken);
            return (result, null);
        }, cancellationToken);
        if (failure is { } reason) LogFailed(challenge.Purpose, reason);
        else LogAnswered(challenge.Purpose);
        return outcome;
    }

    /// <summary>
    /// Sets the new password through Identity (its validator applies the same policy), which also rotates the
    /// security stamp so every other session of the account ends, and queues the "password changed" notice in
    /// the same SaveChanges as the new password.
    /// </summary>
    public async Task<PasswordResetResult> ResetPasswordAsync(PasswordResetTicket ticket, string password, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var check = passwordPolicy.Check(password, ticket.PasswordContext);
        if (!check.IsAcceptable) return new PasswordResetResult.Rejected(check);

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        // The scoped context is the one Identity's user store saves: the notice is committed with the password.
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var user = await users.FindByIdAsync(ticket.UserId);
        if (user is null) return new PasswordResetResult.Expired();
        if (user.Email is { } email)
        {
            await outbox.QueueAsync(db, new EmailRecipient(email, user.DisplayName, user.PreferredCulture), new PasswordChangedEmail(user.DisplayName, time.GetUtcNow()));
        }
        var reset = await users.ResetPasswordAsync(user, ticket.Token, password);
        if (!reset.Succeeded)
        {
            var codes = string.Join(",", reset.Errors.Select(e => e.Code));
            LogResetFailed(codes);
            return reset.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken))
                ? new PasswordResetResult.Expired()
                : new PasswordResetResult.Rejected(passwordPolicy.Check(password, await PolicyPasswordValidator.ContextForAsync(dbFactory, user, cancellationToken)));
        }
        // The new stamp ends other sessions at their next stamp check; ending the stored ones ends them (and any copy of their cookies) now.
        await sessionRegistry.EndAllAsync(db, user.Id, SessionEndReason.PasswordReset, cancellationToken: cancellationToken);
        LogPasswordReset();
        return new PasswordResetResult.Changed();
    }

    /// <summary>As Identity's default lookup normaliser stores emails (upper invariant), after trimming what was typed.</summary>
    public static string NormalizeEmail(string email) => (email ?? string.Empty).Trim().ToUpperInvariant();

    /// <summary>Only an activated account counts: one never activated is treated as unknown.</summary>
    private static Task<string?> FindActivatedAccountAsync(PortalDbContext db, string normalizedEmail, CancellationToken cancellationToken) =>
        db.Users.Where(u => u.NormalizedEmail == normalizedEmail && u.EmailConfirmed && u.ActivatedAt != null)
            .Select(u => u.Id).FirstOrDefaultAsync(cancellationToken);

    private async Task<RecoveryChallenge> ChallengeAsync(PortalDbContext db, RecoveryPurpose purpose, string? accountId, string normalizedEmail, CancellationToken cancellationToken, bool caseNumberMatches = true)
    {
        if (accountId is not null)
        {
            // In the order they were chosen at registration.
            var questions = await db.SecurityAnswers.Where(a => a.UserId == accountId).OrderBy(a => a.Id).Select(a => a.Question).ToListAsync(cancellationToken);
            if (questions.Count == SecurityQuestionChoices.QuestionCount) return new RecoveryChallenge(purpose, questions, accountId, caseNumberMatches);
        }
        LogDecoy(purpose);
        return RecoveryChallenge.WithoutAccount(purpose, decoys.For(normalizedEmail));
    }

    private static Task SpendTheTimeOfAnAnswerCheckAsync(IPasswordHasher<PortalUser> hasher, IReadOnlyList<string?> answers, CancellationToken cancellationToken) =>
        Task.Run(() =>
        {
            var nobody = new PortalUser();
            for (var i = 0; i < SecurityQuestionChoices.QuestionCount; i++)
            {
                hasher.VerifyHashedPassword(nobody, DummyAnswerHash.Value, SecurityAnswer.Normalize(i < answers.Count ? answers[i] : null));
            }
        }, cancellationToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "Recovery ({Purpose}) showed decoy questions: no activated account with answers for the input")]
    private partial void LogDecoy(RecoveryPurpose purpose);

    [LoggerMessage(Level = LogLevel.Information, Message = "Recovery ({Purpose}) answers failed: {Failure}")]
    private partial void LogFailed(RecoveryPurpose purpose, RecoveryFailure failure);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Recovery ({Purpose}) locked for an account after too many wrong answers, for {Duration}")]
    private partial void LogLocked(RecoveryPurpose purpose, TimeSpan duration);

    [LoggerMessage(Level = LogLevel.Information, Message = "Recovery ({Purpose}) answers were right")]
    private partial void LogAnswered(RecoveryPurpose purpose);

    [LoggerMessage(Level = LogLevel.Information, Message = "A password was reset through recovery")]
    private partial void LogPasswordReset();

    [LoggerMessage(Level = LogLevel.Warning, Message = "A recovery password reset failed: {Codes}")]
    private partial void LogResetFailed(string codes);
}
