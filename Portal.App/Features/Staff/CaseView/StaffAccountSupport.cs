using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.App.Features.Accounts.Registration;
using Portal.App.Features.Accounts.Shared;
using Portal.App.Features.Cases.Shared;
using Portal.App.Infrastructure.Data;
using Portal.App.Infrastructure.Email;
using Portal.App.Infrastructure.Email.Templates;
using Portal.App.Infrastructure.Identity;
using Portal.Domain.Cases;
using Portal.App.Features.Staff.Audit;
using Portal.App.Features.Staff.Shared;
using Portal.App.Features.Staff.CaseView.Emails;

namespace Portal.App.Features.Staff.CaseView;

/// <summary>
/// "Help a caller": the account actions a caseworker takes for a parent on the phone. Each needs a reason, acts
/// only on the account of a parent on the case being viewed, is audited in the same transaction, and emails the
/// parent a notice in their language. The phone PIN is compared, never shown, stored or logged.
/// </summary>
public sealed partial class StaffAccountSupport(
    IServiceScopeFactory scopes,
    StaffAccess access,
    StaffAuditLog audit,
    VerificationLinks verificationLinks,
    VerificationEmailLimit verificationEmailLimit,
    SessionRegistry sessions,
    IOptions<StaffOptions> options,
    TimeProvider time,
    ILogger<StaffAccountSupport> logger)
{
    /// <summary>Compares what the caller says their PIN is with the stored hash: match or no match, limited per account.</summary>
    public Task<AccountSupportResult> CheckPhonePinAsync(ClaimsPrincipal user, CaseNumber caseNumber, string accountId, string pin, string reason, CancellationToken ct = default) =>
        RunAsync(user, caseNumber, accountId, reason, StaffAuditAction.PhonePinChecked, async step =>
        {
            var entered = (pin ?? string.Empty).Trim();
            if (entered.Length != 6 || !entered.All(char.IsAsciiDigit)) return (AccountSupportResult.PinNotSixDigits, null, null);
            if (step.Account.PhonePinHash is null) return (AccountSupportResult.NoPinOnFile, null, null);
            var since = step.Now - options.Value.PhonePinWindow;
            var wrong = await step.Db.StaffAuditEntries.CountAsync(e => e.SubjectUserId == step.Account.Id && e.Action == StaffAuditAction.PhonePinChecked
                && e.Detail == NoMatch && e.OccurredAt > since, ct);
            if (wrong >= options.Value.PhonePinAttempts)
            {
                LogPinLimitReached();
                return (AccountSupportResult.PinAttemptsExhausted, Refused, null);
            }
            var hasher = step.Services.GetRequiredService<IPasswordHasher<PortalUser>>();
            var matched = hasher.VerifyHashedPassword(step.Account, step.Account.PhonePinHash, entered) != PasswordVerificationResult.Failed;
            return matched
                ? (AccountSupportResult.PinMatched, Match, new PhonePinCheckedEmail(step.Account.DisplayName, step.Now))
                : (AccountSupportResult.PinDidNotMatch, NoMatch, new PhonePinCheckedEmail(step.Account.DisplayName, step.Now));
        }, ct);

    /// <summary>Ends a lockout after wrong passwords (clears the lockout and the failure count).</summary>
    public Task<AccountSupportResult> UnlockAsync(ClaimsPrincipal user, CaseNumber caseNumber, string accountId, string reason, CancellationToken ct = default) =>
        RunAsync(user, caseNumber, accountId, reason, StaffAuditAction.AccountUnlocked, async step =>
        {
            var account = step.Account;
            if (!(account.LockoutEnd > step.Now) && account.AccessFailedCount == 0) return (AccountSupportResult.NotNeeded, null, null);
            account.LockoutEnd = null;
            account.AccessFailedCount = 0;
            account.LastFailedSignInAt = null;
            if (!(await Users(step).UpdateAsync(account)).Succeeded) return (AccountSupportResult.NotSaved, null, null);
            return (AccountSupportResult.Done, null, new AccountUnlockedEmail(account.DisplayName, step.Now));
        }, ct);

    /// <summary>Deletes the security answers; the parent must choose new questions at their next sign-in.</summary>
    public Task<AccountSupportResult> ResetSecurityQuestionsAsync(ClaimsPrincipal user, CaseNumber caseNumber, string accountId, string reason, CancellationToken ct = default) =>
        RunAsync(user, caseNumber, accountId, reason, StaffAuditAction.SecurityQuestionsReset, async step =>
        {
            var account = step.Account;
            var answers = await step.Db.SecurityAnswers.Where(a => a.UserId == account.Id).ToListAsync(ct);
            if (account.ActivatedAt is null || (answers.Count == 0 && account.SecurityQuestionsResetAt is not null)) return (AccountSupportResult.NotNeeded, null, null);
            step.Db.SecurityAnswers.RemoveRange(answers);
            account.SecurityQuestionsResetAt = step.Now;
            if (!(await Users(step).UpdateAsync(account)).Succeeded) return (AccountSupportResult.NotSaved, null, null);
            return (AccountSupportResult.Done, null, new SecurityQuestionsResetEmail(account.DisplayName, step.Now));
        }, ct);

    /// <summary>
    /// A new verification link (the older ones stop working) for an account not yet verified: the email is the notice.
    /// The same limit as the parent's "Send a new link" (<see cref="VerificationEmailLimit"/>): one per account per
    /// interval, whoever asked; a refusal sends nothing and is audited as refused.
    /// </summary>
    public Task<AccountSupportResult> ResendVerificationEmailAsync(ClaimsPrincipal user, CaseNumber caseNumber, string accountId, string reason, Uri siteBase, CancellationToken ct = default) =>
        RunAsync(user, caseNumber, accountId, reason, StaffAuditAction.VerificationEmailResent, async step =>
        {
            if (step.Account.ActivatedAt is not null || step.Account.Email is null) return (AccountSupportResult.NotNeeded, null, null);
            if (await verificationEmailLimit.NextAllowedAtAsync(step.Db, step.Account.Id, ct) is not null)
            {
                LogResendTooSoon();
                return (AccountSupportResult.TooSoon, RefusedTooSoon, null);
            }
            await verificationLinks.SendAsync(step.Db, step.Account, siteBase, ct);
            return (AccountSupportResult.Done, null, null);
        }, ct);

    /// <summary>Turns portal access off: no sign-in, every stored session ends (in the same transaction), and a new security stamp too.</summary>
    public async Task<AccountSupportResult> DisableAccessAsync(ClaimsPrincipal user, CaseNumber caseNumber, string accountId, string reason, CancellationToken ct = default)
    {
        var outcome = await RunAsync(user, caseNumber, accountId, reason, StaffAuditAction.AccessDisabled, async step =>
        {
            if (step.Account.AccessDisabledAt is not null) return (AccountSupportResult.NotNeeded, null, null);
            step.Account.AccessDisabledAt = step.Now;
            await sessions.EndAllAsync(step.Db, step.Account.Id, SessionEndReason.AccessDisabled, cancellationToken: ct);
            if (!(await Users(step).UpdateSecurityStampAsync(step.Account)).Succeeded) return (AccountSupportResult.NotSaved, null, null);
            return (AccountSupportResult.Done, null, new PortalAccessDisabledEmail(step.Account.DisplayName, step.Now));
        }, ct);
        // Committed now: forget any "still signed in" answer a request cached while the transaction was open.
        if (outcome == AccountSupportResult.Done) sessions.Forget(accountId);
        return outcome;
    }

    public Task<AccountSupportResult> EnableAccessAsync(ClaimsPrincipal user, CaseNumber caseNumber, string accountId, string reason, CancellationToken ct = default) =>
        RunAsync(user, caseNumber, accountId, reason, StaffAuditAction.AccessEnabled, async step =>
        {
            if (step.Account.AccessDisabledAt is null) return (AccountSupportResult.NotNeeded, null, null);
            step.Account.AccessDisabledAt = null;
            if (!(await Users(step).UpdateAsync(step.Account)).Succeeded) return (AccountSupportResult.NotSaved, null, null);
            return (AccountSupportResult.Done, null, new PortalAccessEnabledEmail(step.Account.DisplayName, step.Now));
        }, ct);

    // The audit details of the outcomes; StaffAuditDetailText says them in the reader's language.
    internal const string Match = "Match";
    internal const string NoMatch = "No match";
    internal const string Refused = "Refused: attempt limit reached";
    internal const string RefusedTooSoon = "Refused: a verification email was sent moments ago; nothing sent";

    private static UserManager<PortalUser> Users(SupportStep step) => step.Services.GetRequiredService<UserManager<PortalUser>>();

    /// <summary>
    /// The frame every action shares: the caller is staff, a reason is given, the account is a parent's on this case;
    /// then the change, its audit entry and its notice are saved in one transaction. The action returns its outcome,
    /// the audit detail (null: the outcome's name, or nothing is audited when nothing happened) and the notice.
    /// </summary>
    private async Task<AccountSupportResult> RunAsync(ClaimsPrincipal user, CaseNumber caseNumber, string accountId, string reason, StaffAuditAction action,
        Func<SupportStep, Task<(AccountSupportResult Outcome, string? Detail, EmailTemplate? Notice)>> change, CancellationToken ct)
    {
        var staff = await access.RequireAsync(user);
        if (string.IsNullOrWhiteSpace(reason)) return AccountSupportResult.ReasonMissing;

        // A scope per action: UserManager and its DbContext live for this one operation, not for the circuit.
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var (outcome, happened) = await db.InWriterTransactionAsync(async () =>
        {
            var account = await db.Users.SingleOrDefaultAsync(u => u.Id == accountId && u.PersonId != null, ct);
            if (account is null || !await ParentCaseAccess.IsParentOnCaseAsync(db, account.PersonId!, caseNumber, ct)) return (AccountSupportResult.AccountNotOnCase, false);

            var step = new SupportStep(db, scope.ServiceProvider, account, time.GetUtcNow());
            var (outcome, detail, notice) = await change(step);
            // A refusal for a limit (PIN attempts, verification emails) is audited too: someone tried.
            var happened = outcome is AccountSupportResult.Done or AccountSupportResult.PinMatched or AccountSupportResult.PinDidNotMatch
                or AccountSupportResult.PinAttemptsExhausted or AccountSupportResult.TooSoon;
            if (!happened)
            {
                await db.Database.RollbackTransactionAsync(ct); // whatever the change wrote before it refused
                return (outcome, false);
            }

            audit.Add(db, staff, caseNumber.Digits, action, detail, reason, account.Id);
            if (notice is not null && account.Email is not null)
            {
                await scope.ServiceProvider.GetRequiredService<EmailOutbox>().QueueAsync(db, new EmailRecipient(account.Email, account.DisplayName, account.PreferredCulture), notice);
            }
            await db.SaveChangesAsync(ct);
            return (outcome, true);
        }, ct);
        if (happened) LogSupportAction(action, outcome);
        return outcome;
    }

    private sealed record SupportStep(PortalDbContext Db, IServiceProvider Services, PortalUser Account, DateTimeOffset Now);

    [LoggerMessage(Level = LogLevel.Information, Message = "Staff account support: {Action} ({Outcome})")]
    private partial void LogSupportAction(StaffAuditAction action, AccountSupportResult outcome);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A phone PIN check was refused: too many wrong PINs for the account recently")]
    private partial void LogPinLimitReached();

    [LoggerMessage(Level = LogLevel.Warning, Message = "A verification email resend was refused: one was sent for the account within the new-link interval")]
    private partial void LogResendTooSoon();
}
