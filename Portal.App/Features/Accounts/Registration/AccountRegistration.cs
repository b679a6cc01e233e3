using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.App.Infrastructure.Data;
using Portal.App.Infrastructure.Email;
using Portal.App.Infrastructure.Email.Templates;
using Portal.App.Infrastructure.Identity;
using Portal.App.Features.Accounts.Shared;
using Portal.App.Features.Accounts.Registration.Emails;
using Portal.App.Features.Cases.Shared.Applications;
using Portal.Domain.Accounts;
using Portal.Domain.Applications;

namespace Portal.App.Features.Accounts.Registration;

/// <summary>
/// "Create account": the unverified account, its verification link and the email carrying it, in one
/// transaction, so there is never an account without its email or an email without its account. The same
/// registration submitted twice (a double click, a resubmitted form) creates nothing more; a new registration
/// replaces an earlier one the parent never verified. An email address that already has an account is answered
/// exactly like a new one (its owner is emailed instead), so the page never tells which addresses have
/// accounts; a taken username must be told, so those answers are limited per draft and per client.
/// </summary>
public sealed partial class AccountRegistration(
    IServiceScopeFactory scopes,
    VerificationLinks links,
    EmailOutbox outbox,
    SupportApplications applications,
    IOptions<RegistrationOptions> options,
    TimeProvider time,
    ILogger<AccountRegistration> logger)
{
    public async Task<AccountCreationResult> CreateAsync(NewAccount account, string clientAddress, Uri siteBase, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        await using var scope = scopes.CreateAsyncScope();
        // The same context Identity's stores use, so the account and the email commit together.
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();

        // Serialised: a second click finds the first one's account below.
        var (result, created) = await db.InWriterTransactionAsync<(AccountCreationResult, bool)>(async () =>
        {
            if (await db.Users.SingleOrDefaultAsync(u => u.PersonId == account.Parent.PersonId, cancellationToken) is { } existing)
            {
                // This same registration, submitted again: it already has its account and email.
                if (existing.EmailConfirmed || existing.RegistrationId == account.RegistrationId) return (new AccountCreationResult.Created(existing.Id), false);
                // An earlier registration the parent never verified: this one replaces it, links and all.
                await users.DeleteAsync(existing);
            }

            var displayName = $"{account.Parent.FirstName} {account.Parent.LastName}";
            var (result, createdUser) = await CreateUserAsync(db, users, account.RegistrationId, account.UserName, account.Email, clientAddress, () => new PortalUser
            {
                PersonId = account.Parent.PersonId,
                DisplayName = displayName,
                PreferredCulture = account.Culture,
                PreferredContact = account.PreferredContact,
            }, owner => new EmailInUseNoticeEmail(owner.DisplayName, time.GetUtcNow()), cancellationToken);
            if (result is not AccountCreationResult.Created || createdUser is not { } user) return (result, false);

            await links.SendAsync(db, user, siteBase, cancellationToken);
            var email = user.Email!;
            // Whoever holds the case's details could register with their own address: the address DCSS has on file
            // hears of it, so the parent it belongs to can call before anyone uses the account.
            if (account.Parent.EmailOnFile is { } onFile && !string.IsNullOrWhiteSpace(onFile)
                && !string.Equals(onFile.Trim(), email, StringComparison.OrdinalIgnoreCase))
            {
                await outbox.QueueAsync(db, new EmailRecipient(onFile.Trim(), displayName, account.Culture), new EmailOnFileNoticeEmail(displayName, user.CreatedAt));
            }
            await db.SaveChangesAsync(cancellationToken);
            return (result, true);
        }, cancellationToken);
        if (created) LogCreated(account.Parent.Role);
        return result;
    }

    /// <summary>
    /// "Apply for services": an account with no case to match (no person id), and the application it starts with
    /// (the name and date of birth typed here, which the phone PIN is checked against). Answered like registration:
    /// an address that has an account gets a notice, never a second account, and the page cannot tell; an earlier
    /// sign-up never verified is replaced. Sign-ups are limited per client, as every account here sends an email.
    /// </summary>
    public async Task<AccountCreationResult> CreateApplicantAsync(NewApplicant applicant, string clientAddress, Uri siteBase, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(applicant);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var now = time.GetUtcNow();
        var settings = options.Value;
        var clientKey = FailedMatchAttempt.ClientKeyOf(clientAddress);
        var since = now - settings.FailedMatchWindow;
        // Old attempts go first, outside the count: a delete of every client's rows would make each sign-up overlap all others.
        await db.SignUpAttempts.Where(a => a.AttemptedAt <= since).ExecuteDeleteAsync(cancellationToken);
        var (result, created) = await db.InWriterTransactionAsync<(AccountCreationResult, bool)>(async () =>
        {
            if (await db.Users.SingleOrDefaultAsync(u => u.RegistrationId == applicant.SignUpId, cancellationToken) is { } existing)
            {
                return (new AccountCreationResult.Created(existing.Id), false); // the same sign-up, submitted again
            }

            if (await db.SignUpAttempts.CountAsync(a => a.ClientKey == clientKey && a.AttemptedAt > since, cancellationToken) >= settings.SignUpsPerClient)
            {
                LogSignUpsLimited();
                return (new AccountCreationResult.TooManySignUps(), false);
            }
            db.SignUpAttempts.Add(new SignUpAttempt(clientKey, now));

            // An applicant's account never verified, for this address: replaced, so a lost email can be asked for again.
            var email = applicant.Email.Trim();
            if (await users.FindByEmailAsync(email) is { PersonId: null, ActivatedAt: null } abandoned && !await users.IsInRoleAsync(abandoned, PortalRoles.Caseworker)
                && !await users.IsInRoleAsync(abandoned, PortalRoles.Supervisor))
            {
                await users.DeleteAsync(abandoned);
            }

            var displayName = $"{applicant.FirstName.Trim()} {applicant.LastName.Trim()}";
            var (result, createdUser) = await CreateUserAsync(db, users, applicant.SignUpId, applicant.UserName, email, clientAddress, () => new PortalUser
            {
                DisplayName = displayName,
                PreferredCulture = applicant.Culture,
                PreferredContact = ContactMethod.Email,
            }, owner => new ApplicantEmailInUseEmail(owner.DisplayName, now), cancellationToken);
            if (result is AccountCreationResult.Created && createdUser is { } user)
            {
                await links.SendAsync(db, user, siteBase, cancellationToken);
                applications.Start(db, user.Id, new ApplicationAnswers { FirstName = applicant.FirstName.Trim(), LastName = applicant.LastName.Trim(), DateOfBirth = applicant.DateOfBirth }, now);
            }
            await db.SaveChangesAsync(cancellationToken);
            return (result, createdUser is not null);
        }, cancellationToken);
        if (created) LogApplicantCreated();
        return result;
    }

    // The part registration and "apply for services" share: the username's answer (limited per draft and client), the
    // address already in use (its owner notified, at most once per RegistrationNoticeInterval), and the account itself.
    // Saved by the caller, in its transaction; the new account comes back with the answer.
    private async Task<(AccountCreationResult Result, PortalUser? Created)> CreateUserAsync(PortalDbContext db, UserManager<PortalUser> users, Guid draftId, string typedUserName, string typedEmail,
        string clientAddress, Func<PortalUser> newUser, Func<PortalUser, EmailTemplate> inUseNotice, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var settings = options.Value;
        var clientKey = FailedMatchAttempt.ClientKeyOf(clientAddress);
        // Checked before anything is looked up: past the limit, even "that name is free" would answer the question.
        var since = now - settings.UserNameCheckWindow;
        if (await db.TakenUserNameAnswers.CountAsync(a => a.DraftId == draftId && a.AnsweredAt > since, cancellationToken) >= settings.UserNameChecksPerDraft
            || await db.TakenUserNameAnswers.CountAsync(a => a.ClientKey == clientKey && a.AnsweredAt > since, cancellationToken) >= settings.UserNameChecksPerClient)
        {
            LogUserNameChecksLimited();
            return (new AccountCreationResult.TooManyUserNameChecks(), null);
        }

        var userName = typedUserName.Trim();
        if (await users.FindByNameAsync(userName) is not null)
        {
            await db.TakenUserNameAnswers.Where(a => a.AnsweredAt <= since).ExecuteDeleteAsync(cancellationToken);
            db.TakenUserNameAnswers.Add(new TakenUserNameAnswer(draftId, clientKey, now));
            await db.SaveChangesAsync(cancellationToken);
            return (new AccountCreationResult.Rejected([AccountProblem.UserNameTaken]), null);
        }

        var email = typedEmail.Trim();
        if (await users.FindByEmailAsync(email) is { } owner)
        {
            await NotifyOnceAsync(db, new EmailRecipient(owner.Email!, owner.DisplayName, owner.PreferredCulture), inUseNotice(owner), now, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            LogEmailInUse();
            return (new AccountCreationResult.EmailOwnerNotified(), null);
        }

        var user = newUser();
        user.UserName = userName;
        user.Email = email;
        user.RegistrationId = draftId;
        user.CreatedAt = now;
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            // Another registration took the address a moment ago: answered like any address, as above.
            if (created.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.DuplicateEmail))) return (new AccountCreationResult.EmailOwnerNotified(), null);
            return (new AccountCreationResult.Rejected(created.Errors.Select(ToProblem).Distinct().ToList()), null);
        }
        return (new AccountCreationResult.Created(user.Id), user);
    }

    // At most one such notice per address within RegistrationNoticeInterval: repeated tries must not flood an inbox.
    private async Task NotifyOnceAsync(PortalDbContext db, EmailRecipient to, EmailTemplate notice, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var since = now - options.Value.RegistrationNoticeInterval;
        if (await db.OutboxMessages.AnyAsync(m => m.Kind == notice.Kind && m.ToAddress == to.Address && m.CreatedAt > since, cancellationToken)) return;
        await outbox.QueueAsync(db, to, notice);
    }

    private static AccountProblem ToProblem(IdentityError error) => error.Code switch
    {
        nameof(IdentityErrorDescriber.DuplicateUserName) => AccountProblem.UserNameTaken,
        nameof(IdentityErrorDescriber.InvalidEmail) => AccountProblem.EmailNotValid,
        _ => AccountProblem.UserNameNotAllowed,
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "A {Role} created a portal account; verification email queued")]
    private partial void LogCreated(Portal.Domain.Cases.ParticipantRole role);

    [LoggerMessage(Level = LogLevel.Information, Message = "A registration named an email address that already has an account; its owner was notified and the page answered as usual")]
    private partial void LogEmailInUse();

    [LoggerMessage(Level = LogLevel.Information, Message = "An applicant created a portal account; verification email queued")]
    private partial void LogApplicantCreated();

    [LoggerMessage(Level = LogLevel.Warning, Message = "A client reached its limit of applicant sign-ups")]
    private partial void LogSignUpsLimited();

    [LoggerMessage(Level = LogLevel.Warning, Message = "A registration reached its limit of taken-username answers")]
    private partial void LogUserNameChecksLimited();
}
