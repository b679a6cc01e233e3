using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.App.Features.Accounts.Shared;
using Portal.App.Infrastructure.Data;
using Portal.App.Infrastructure.Identity;
using Portal.Domain.Accounts;

namespace Portal.App.Features.Accounts.Security;

/// <summary>
/// A parent whose security questions staff reset chooses new ones: the same rules and hashing as registration's
/// step, saved for the signed-in account only, and only while the reset is pending.
/// </summary>
public sealed partial class SecurityQuestionsRenewal(
    IDbContextFactory<PortalDbContext> dbFactory,
    IServiceScopeFactory scopes,
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
        // A write transaction: a double submit waits, then finds the questions already chosen.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var account = await db.Users.SingleOrDefaultAsync(u => u.Id == userId && u.PersonId != null, ct);
        if (account?.SecurityQuestionsResetAt is null) return new ActivationResult.Saved(ActivationStep.Done);

        var questionProblem = SecurityQuestionChoices.CheckQuestions([.. entries.Select(e => e.Question)]);
        var answerProblems = SecurityQuestionChoices.CheckAnswers([.. entries.Select(e => e.Answer)], account.UserName);
        if (questionProblem != SecurityQuestionSetProblem.None || answerProblems.Any(p => p != SecurityAnswerProblem.None))
            return new ActivationResult.AnswersRejected(questionProblem, answerProblems);

        db.SecurityAnswers.RemoveRange(await db.SecurityAnswers.Where(a => a.UserId == userId).ToListAsync(ct));
        foreach (var entry in entries)
        {
            db.SecurityAnswers.Add(new SecurityAnswerRecord(userId, entry.Question, hasher.HashPassword(account, SecurityAnswer.Normalize(entry.Answer))));
        }
        account.SecurityQuestionsResetAt = null;
        account.ConcurrencyStamp = Guid.NewGuid().ToString();
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        LogRenewed();
        return new ActivationResult.Saved(ActivationStep.Done);
    }

    private static string? UserIdOf(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && user.FindFirst(PortalClaims.PersonId) is not null ? user.FindFirstValue(ClaimTypes.NameIdentifier) : null;

    [LoggerMessage(Level = LogLevel.Information, Message = "A parent chose new security questions after a staff reset")]
    private partial void LogRenewed();
}
