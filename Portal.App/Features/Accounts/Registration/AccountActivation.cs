using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.App.Infrastructure.Data;
using Portal.App.Infrastructure.Identity;
using Portal.Domain.Accounts;
using Portal.App.Features.Accounts.Shared;
using Portal.App.Features.Cases.Shared.Applications;

namespace Portal.App.Features.Accounts.Registration;

/// <summary>
/// Steps 6 to 9 of registration, all reached through the emailed verification link: password, security
/// questions, phone PIN. Each step saves its part to the account; the last one uses the link up, confirms the
/// email and activates the account in one transaction. Every call checks the link again, so a link that expired
/// or was replaced mid-way stops working at the next step.
/// </summary>
public sealed partial class AccountActivation(
    IServiceScopeFactory scopes,
    IDbContextFactory<PortalDbContext> dbFactory,
    VerificationLinks links,
    VerificationEmailLimit emailLimit,
    SupportApplications applications,
    PasswordPolicy passwordPolicy,
    TimeProvider time,
    ILogger<AccountActivation> logger)
{
    public PasswordPolicy PasswordPolicy => passwordPolicy;

    /// <summary>The step this link leads to now: the first unfinished one, or why the link no longer works.</summary>
    public async Task<ActivationState> LoadAsync(string? token, CancellationToken cancellationToken)
    {
        var (state, userId) = await links.CheckAsync(token, cancellationToken);
        if (userId is null) return ActivationState.Problem(ActivationStep.LinkUnknown);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null) return ActivationState.Problem(ActivationStep.LinkUnknown);
        var activated = user.ActivatedAt is not null;
        if (state != VerificationLinkState.Valid)
        {
            var problem = state switch
            {
                VerificationLinkState.AlreadyUsed => ActivationStep.LinkAlreadyUsed,
                VerificationLinkState.Expired => ActivationStep.LinkExpired,
                VerificationLinkState.Superseded => ActivationStep.LinkSuperseded,
                _ => ActivationStep.LinkUnknown,
            };
            // Once activated, any old link just says the account is ready.
            return problem == ActivationStep.LinkUnknown
                ? ActivationState.Problem(problem)
                : ActivationState.Problem(activated ? ActivationStep.Done : problem, canSendNewLink: !activated);
        }

        var step = user.PasswordHash is null ? ActivationStep.CreatePassword
            : await db.SecurityAnswers.CountAsync(a => a.UserId == user.Id, cancellationToken) < SecurityQuestionChoices.QuestionCount ? ActivationStep.SecurityQuestions
            : ActivationStep.PhonePin;
        // A parent's date of birth is on their case; an applicant's, on the application they signed up with.
        var dateOfBirth = user.PersonId is null ? await applications.DateOfBirthAsync(user.Id, cancellationToken)
            : await db.Participants.Where(p => p.PersonId == user.PersonId).Select(p => (DateOnly?)p.DateOfBirth).FirstOrDefaultAsync(cancellationToken);
        var passwordContext = await PolicyPasswordValidator.ContextForAsync(dbFactory, user, cancellationToken);
        return new ActivationState(step, user.DisplayName, user.UserName, passwordContext, dateOfBirth, CanSendNewLink: false);
    }

    /// <summary>Step 6: checks the password against the policy here on the server, then sets it.</summary>
    public async Task<ActivationResult> SetPasswordAsync(string token, string password, CancellationToken cancellationToken)
    {
        var state = await LoadAsync(token, cancellationToken);
        if (state.Step != ActivationStep.CreatePassword) return new ActivationResult.LinkChanged(state);
        var check = passwordPolicy.Check(password, state.PasswordContext);
        if (!check.IsAcceptable) return new ActivationResult.PasswordRejected(check);

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = await users.FindByNameAsync(state.UserName!);
        if (user is null) return new ActivationResult.LinkChanged(ActivationState.Problem(ActivationStep.LinkUnknown));
        var added = await users.AddPasswordAsync(user, password);
        if (!added.Succeeded)
        {
            // A password set by another tab in the meantime, or a validator's objection: show the step that is current now.
            LogPasswordNotSet(string.Join(",", added.Errors.Select(e => e.Code)));
            return new ActivationResult.LinkChanged(await LoadAsync(token, cancellationToken));
        }
        return new ActivationResult.Saved(ActivationStep.SecurityQuestions);
    }

    /// <summary>Step 7: three different questions with acceptable answers, stored only as salted hashes.</summary>
    public async Task<ActivationResult> SetSecurityAnswersAsync(string token, IReadOnlyList<SecurityAnswerEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var state = await LoadAsync(token, cancellationToken);
        if (state.Step != ActivationStep.SecurityQuestions) return new ActivationResult.LinkChanged(state);
        var questionProblem = SecurityQuestionChoices.CheckQuestions([.. entries.Select(e => e.Question)]);
        var answerProblems = SecurityQuestionChoices.CheckAnswers([.. entries.Select(e => e.Answer)], state.UserName);
        if (questionProblem != SecurityQuestionSetProblem.None || answerProblems.Any(p => p != SecurityAnswerProblem.None))
            return new ActivationResult.AnswersRejected(questionProblem, answerProblems);

        await using var scope = scopes.CreateAsyncScope();
        var hasher = scope.ServiceProvider.GetRequiredService<IPasswordHasher<PortalUser>>();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        // Serialised: a second submit (another tab, a double click) finds the answers saved.
        var saved = await db.InWriterTransactionAsync(async () =>
        {
            var user = await db.Users.SingleAsync(u => u.UserName == state.UserName, cancellationToken);
            if (await db.SecurityAnswers.AnyAsync(a => a.UserId == user.Id, cancellationToken)) return false;
            foreach (var entry in entries)
            {
                db.SecurityAnswers.Add(new SecurityAnswerRecord(user.Id, entry.Question, hasher.HashPassword(user, SecurityAnswer.Normalize(entry.Answer))));
            }
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }, cancellationToken);
        return saved ? new ActivationResult.Saved(ActivationStep.PhonePin) : new ActivationResult.LinkChanged(await LoadAsync(token, cancellationToken));
    }

    /// <summary>
    /// Step 8, the last: the phone PIN, stored hashed. Uses the link up, confirms the email and activates the
    /// account, all in one transaction.
    /// </summary>
    public async Task<ActivationResult> SetPhonePinAsync(string token, string pin, CancellationToken cancellationToken)
    {
        var state = await LoadAsync(token, cancellationToken);
        if (state.Step != ActivationStep.PhonePin || state.DateOfBirth is not { } dateOfBirth) return new ActivationResult.LinkChanged(state);
        var problem = PhonePin.Check(pin, dateOfBirth, password: null);
        await using var scope = scopes.CreateAsyncScope();
        var hasher = scope.ServiceProvider.GetRequiredService<IPasswordHasher<PortalUser>>();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var (rejected, redeemed) = await db.InWriterTransactionAsync(async () =>
        {
            var user = await db.Users.SingleAsync(u => u.UserName == state.UserName, cancellationToken);
            var rejected = problem == PhonePinProblem.None && user.PasswordHash is { } passwordHash
                && hasher.VerifyHashedPassword(user, passwordHash, pin) != PasswordVerificationResult.Failed ? PhonePinProblem.SameAsPassword : problem;
            if (rejected != PhonePinProblem.None) return (rejected, false);

            if (!await links.RedeemAsync(db, token, cancellationToken)) return (rejected, false);
            user.PhonePinHash = hasher.HashPassword(user, pin);
            user.EmailConfirmed = true;
            user.ActivatedAt = time.GetUtcNow();
            user.ConcurrencyStamp = Guid.NewGuid().ToString();
            await db.SaveChangesAsync(cancellationToken);
            return (rejected, true);
        }, cancellationToken);
        if (rejected != PhonePinProblem.None) return new ActivationResult.PinRejected(rejected);
        if (!redeemed) return new ActivationResult.LinkChanged(await LoadAsync(token, cancellationToken));
        LogActivated();
        return new ActivationResult.Saved(ActivationStep.Done);
    }

    /// <summary>
    /// "Send a new link" for a link that expired or was replaced: a new link and its email in one SaveChanges,
    /// at most one per account per <see cref="RegistrationOptions.NewLinkInterval"/> (<see cref="VerificationEmailLimit"/>,
    /// shared with the caseworkers' resend).
    /// </summary>
    public async Task<NewLinkResult> SendNewLinkAsync(string? token, Uri siteBase, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(siteBase);
        var (state, userId) = await links.CheckAsync(token, cancellationToken);
        if (userId is null || state == VerificationLinkState.Valid) return NewLinkResult.NotAllowed;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var result = await db.InWriterTransactionAsync(async () =>
        {
            var user = await db.Users.SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
            if (user is null || user.ActivatedAt is not null || user.Email is null) return NewLinkResult.NotAllowed;
            if (await emailLimit.NextAllowedAtAsync(db, user.Id, cancellationToken) is not null) return NewLinkResult.TooSoon;

            await links.SendAsync(db, user, siteBase, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return NewLinkResult.Sent;
        }, cancellationToken);
        if (result == NewLinkResult.Sent) LogNewLinkSent();
        return result;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Activation could not set a password: {Codes}")]
    private partial void LogPasswordNotSet(string codes);

    [LoggerMessage(Level = LogLevel.Information, Message = "A parent activated their portal account")]
    private partial void LogActivated();

    [LoggerMessage(Level = LogLevel.Information, Message = "A new verification link was sent for an unactivated account")]
    private partial void LogNewLinkSent();
}
