using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.App.Features.Accounts.Shared;
using Portal.App.Features.Accounts.Security.Emails;
using Portal.App.Infrastructure.Data;
using Portal.App.Infrastructure.Email;
using Portal.App.Infrastructure.Identity;
using Portal.Domain.Accounts;

namespace Portal.App.Features.Accounts.Security;

/// <summary>
/// A parent chooses new security questions: after staff reset them (required before anything else), or of their own
/// accord, which is a sensitive change (the recent sign-in rule: the page asks for the password) and is emailed. The same
/// rules and hashing as registration's step, saved for the signed-in account only.
/// </summary>
public sealed partial class SecurityQuestionsRenewal(
    IDbContextFactory<PortalDbContext> dbFactory,
    IServiceScopeFactory scopes,
    RecentSignInGate recentSignIn,
    EmailOutbox outbox,
    TimeProvider time,
    ILogger<SecurityQuestionsRenewal> logger)
{
    public const string PagePath = "/account/security-questions";

    /// <summary>Whether the signed-in parent must choose new questions now.</summary>
    public async Task<bool> IsRequiredAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (UserIdOf(user) is not { } userId) return false;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Users.AnyAsync(u => u.Id == userId && u.PersonId != null && u.SecurityQuestionsResetAt != null, ct);
    }

    public async Task<ActivationResult> SaveAsync(ClaimsPrincipal user, IReadOnlyList<SecurityAnswerEntry> entries, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (UserIdOf(user) is not { } userId) throw new UnauthorizedAccessException("Only a signed-in parent chooses their security questions.");

        await using var scope = scopes.CreateAsyncScope();
        var hasher = scope.ServiceProvider.GetRequiredService<IPasswordHasher<PortalUser>>();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // Serialised: a double submit finds the questions already chosen.
        var (result, afterReset) = await db.InWriterTransactionAsync<(ActivationResult, bool?)>(async () =>
        {
            var account = await db.Users.SingleOrDefaultAsync(u => u.Id == userId && u.PersonId != null, ct);
            if (account is null) throw new UnauthorizedAccessException("Only a signed-in parent chooses their security questions.");
            var afterReset = account.SecurityQuestionsResetAt is not null;
            // Of their own accord: only with a recent sign-in or the password just typed (the page asks for it).
            if (!afterReset && !await recentSignIn.IsSatisfiedAsync(user, ct)) return (new ActivationResult.LinkChanged(ActivationState.Problem(ActivationStep.SecurityQuestions)), null);

            var questionProblem = SecurityQuestionChoices.CheckQuestions([.. entries.Select(e => e.Question)]);
            var answerProblems = SecurityQuestionChoices.CheckAnswers([.. entries.Select(e => e.Answer)], account.UserName);
            if (questionProblem != SecurityQuestionSetProblem.None || answerProblems.Any(p => p != SecurityAnswerProblem.None))
                return (new ActivationResult.AnswersRejected(questionProblem, answerProblems), null);

            db.SecurityAnswers.RemoveRange(await db.SecurityAnswers.Where(a => a.UserId == userId).ToListAsync(ct));
            foreach (var entry in entries)
            {
                db.SecurityAnswers.Add(new SecurityAnswerRecord(userId, entry.Question, hasher.HashPassword(account, SecurityAnswer.Normalize(entry.Answer))));
            }
            account.SecurityQuestionsResetAt = null;
            account.ConcurrencyStamp = Guid.NewGuid().ToString();
            if (!afterReset)
            {
                await outbox.QueueAsync(db, new EmailRecipient(account.Email!, account.DisplayName, account.PreferredCulture),
                    new SecurityQuestionsChangedEmail(account.DisplayName, time.GetUtcNow()));
                db.AccountActivities.Add(new AccountActivity(userId, AccountActivityKind.SecurityQuestionsChanged, time.GetUtcNow(), null));
            }
            await db.SaveChangesAsync(ct);
            return (new ActivationResult.Saved(ActivationStep.Done), afterReset);
        }, ct);
        if (afterReset == true) LogRenewed();
        else if (afterReset == false) LogChanged();
        return result;
    }

    private static string? UserIdOf(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && user.FindFirst(PortalClaims.PersonId) is not null ? user.FindFirstValue(ClaimTypes.NameIdentifier) : null;

    [LoggerMessage(Level = LogLevel.Information, Message = "A parent chose new security questions after a staff reset")]
    private partial void LogRenewed();

    [LoggerMessage(Level = LogLevel.Information, Message = "A parent changed their security questions")]
    private partial void LogChanged();
}
