using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.App.Infrastructure.Data;
using Portal.App.Infrastructure.Identity;

namespace Portal.App.Features.Registration;

/// <summary>
/// "Create account": the unverified account, its verification link and the email carrying it, in one
/// transaction, so there is never an account without its email or an email without its account. The same
/// registration submitted twice (a double click, a resubmitted form) creates nothing more; a new registration
/// replaces an earlier one the parent never verified.
/// </summary>
public sealed partial class AccountRegistration(IServiceScopeFactory scopes, VerificationLinks links, TimeProvider time, ILogger<AccountRegistration> logger)
{
    public async Task<AccountCreationOutcome> CreateAsync(NewAccount account, Uri siteBase, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        // The same context Identity's stores use, so the account and the email commit together.
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();

        // SQLite starts this as a write (IMMEDIATE) transaction: a second click waits here for the first to
        // commit, then finds its account below.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.Users.SingleOrDefaultAsync(u => u.PersonId == account.Parent.PersonId, cancellationToken) is { } existing)
        {
            // This same registration, submitted again: it already has its account and email.
            if (existing.EmailConfirmed || existing.RegistrationId == account.RegistrationId) return new AccountCreationOutcome.Created(existing.Id);
            // An earlier registration the parent never verified: this one replaces it, links and all.
            await users.DeleteAsync(existing);
        }

        var now = time.GetUtcNow();
        var displayName = $"{account.Parent.FirstName} {account.Parent.LastName}";
        var user = new PortalUser
        {
            UserName = account.UserName.Trim(),
            Email = account.Email.Trim(),
            PersonId = account.Parent.PersonId,
            DisplayName = displayName,
            PreferredCulture = account.Culture,
            PreferredContact = account.PreferredContact,
            RegistrationId = account.RegistrationId,
            CreatedAt = now,
        };
        var created = await users.CreateAsync(user);
        if (!created.Succeeded) return new AccountCreationOutcome.Rejected(created.Errors.Select(ToProblem).Distinct().ToList());

        await links.SendAsync(db, user, siteBase, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        LogCreated(account.Parent.Role);
        return new AccountCreationOutcome.Created(user.Id);
    }

    private static AccountProblem ToProblem(IdentityError error) => error.Code switch
    {
        nameof(IdentityErrorDescriber.DuplicateUserName) => AccountProblem.UserNameTaken,
        nameof(IdentityErrorDescriber.DuplicateEmail) => AccountProblem.EmailInUse,
        nameof(IdentityErrorDescriber.InvalidEmail) => AccountProblem.EmailNotValid,
        _ => AccountProblem.UserNameNotAllowed,
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "A {Role} created a portal account; verification email queued")]
    private partial void LogCreated(Portal.Domain.Cases.ParticipantRole role);
}
