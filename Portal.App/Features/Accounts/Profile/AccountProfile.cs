using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.App.Features.Accounts.Profile.Emails;
using Portal.App.Features.Accounts.Shared;
using Portal.App.Infrastructure.CaseSystem.Changes;
using Portal.App.Infrastructure.Data;
using Portal.App.Infrastructure.Email;
using Portal.App.Infrastructure.Identity;
using Portal.App.Platform.Localization;
using Portal.App.Platform.Session;
using Portal.App.Platform.Notifications;
using Portal.Domain.Accounts;
using Portal.Domain.Cases;

namespace Portal.App.Features.Accounts.Profile;

/// <summary>
/// The signed-in parent's contact details and preferences. The portal is not the system of record for an address or a
/// phone number: a change is queued for the case system (<see cref="CaseSystemChanges"/>) in the same transaction as
/// its notice email, and the page shows the details the case system holds until it accepts the change. The person is
/// always the account's own (its PersonId), never one named by the request. Each operation runs in its own DI scope,
/// as the page is interactive.
/// </summary>
public sealed partial class AccountProfile(
    IServiceScopeFactory scopeFactory,
    CaseSystemChanges changes,
    NotificationPreferences notifications,
    RecentSignInGate recentSignIn,
    ClientAddress client,
    EmailOutbox outbox,
    TimeProvider time,
    ILogger<AccountProfile> logger)
{
    /// <summary>How many of a person's changes the page reads to find the latest of each kind.</summary>
    private const int RecentChanges = 20;

    public async Task<ProfileOverview?> GetAsync(ClaimsPrincipal session, CancellationToken ct = default)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        if (await UserAsync(scope, session) is not { } user) return null;
        var person = user.PersonId is { } personId ? await ParticipantAsync(Db(scope), personId, ct) : null;
        var recent = user.PersonId is { } id ? await changes.ForPersonAsync(id, RecentChanges, ct) : [];
        return new ProfileOverview(person is not null, user.DisplayName, user.UserName ?? string.Empty, user.Email ?? string.Empty,
            person?.Address, person?.Phones ?? [],
            recent.FirstOrDefault(c => c.Kind == CaseSystemChangeKind.MailingAddress),
            recent.FirstOrDefault(c => c.Kind == CaseSystemChangeKind.Phones),
            user.PreferredContact, user.PreferredCulture);
    }

    public Task<ProfileChangeResult> ChangeAddressAsync(ClaimsPrincipal session, MailingAddress address, CancellationToken ct = default) =>
        SendToCaseAsync(session, ContactChangeContent.For(address), ContactDetail.MailingAddress,
            (person, latest) => latest?.MailingAddress is { } pending ? pending == address : person.Address == address, ct);

    public Task<ProfileChangeResult> ChangePhonesAsync(ClaimsPrincipal session, IReadOnlyList<ParticipantPhone> phones, CancellationToken ct = default) =>
        SendToCaseAsync(session, ContactChangeContent.For(phones), ContactDetail.Phones,
            (person, latest) => (latest is null ? person.Phones : latest.ParticipantPhones).SequenceEqual(phones), ct);

    /// <summary>How the agency should reach the parent, and the language of their notices (and of the portal's emails).</summary>
    public async Task<ProfileChangeResult> SaveContactPreferencesAsync(ClaimsPrincipal session, ContactMethod method, string noticeCulture, CancellationToken ct = default)
    {
        if (!Enum.IsDefined(method) || !PortalCultures.Supported.Contains(noticeCulture)) throw new ArgumentException("Not a contact method or notice language the portal offers.");
        await using var scope = scopeFactory.CreateAsyncScope();
        if (await UserAsync(scope, session) is not { } user) return ProfileChangeResult.SessionEnded;
        if (user.PersonId is null) return ProfileChangeResult.NoCase;
        if (user.PreferredContact == method && user.PreferredCulture == noticeCulture) return ProfileChangeResult.Unchanged;
        user.PreferredContact = method;
        user.PreferredCulture = noticeCulture;
        // The notice goes in the newly chosen language, and joins UserManager's save: both or neither.
        await outbox.QueueAsync(Db(scope), Recipient(user), new ContactDetailsChangedEmail(user.DisplayName, ContactDetail.ContactPreferences, time.GetUtcNow()));
        Audit(Db(scope), user, AccountActivityKind.ContactPreferencesChanged);
        var updated = await Users(scope).UpdateAsync(user);
        if (!updated.Succeeded) throw new InvalidOperationException("The account's preferences could not be saved.");
        LogPreferencesSaved(method);
        return ProfileChangeResult.Saved;
    }

    /// <summary>
    /// A new phone PIN for the Customer Service Center: always the current password first (a wrong one counts towards the
    /// lockout), then the registration's rules, with the date of birth on the case and that password as what it must not be.
    /// </summary>
    public async Task<PhonePinChangeResult> ChangePhonePinAsync(ClaimsPrincipal session, string currentPassword, string newPin, CancellationToken ct = default)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        if (await UserAsync(scope, session) is not { } user) return new PhonePinChangeResult.SessionEnded();
        var person = user.PersonId is { } personId ? await ParticipantAsync(Db(scope), personId, ct) : null;
        var problem = PhonePin.Check(newPin, person?.DateOfBirth ?? DateOnly.MinValue, currentPassword);
        switch (await recentSignIn.CheckPasswordAsync(scope.ServiceProvider, user, session, currentPassword, "ChangePhonePin", ct))
        {
            case PasswordConfirmResult.Wrong: return new PhonePinChangeResult.WrongPassword();
            case PasswordConfirmResult.LockedOut: return new PhonePinChangeResult.LockedOut();
            case PasswordConfirmResult.SessionEnded: return new PhonePinChangeResult.SessionEnded();
        }
        if (problem != PhonePinProblem.None) return new PhonePinChangeResult.NotAcceptable(problem);

        user.PhonePinHash = scope.ServiceProvider.GetRequiredService<IPasswordHasher<PortalUser>>().HashPassword(user, newPin);
        await outbox.QueueAsync(Db(scope), Recipient(user), new ContactDetailsChangedEmail(user.DisplayName, ContactDetail.PhonePin, time.GetUtcNow()));
        Audit(Db(scope), user, AccountActivityKind.PhonePinChanged);
        if (!(await Users(scope).UpdateAsync(user)).Succeeded) throw new InvalidOperationException("The account's phone PIN could not be saved.");
        LogPhonePinChanged();
        return new PhonePinChangeResult.Changed();
    }

    /// <summary>
    /// A new username, under the registration's rules and unique (Identity's validator refuses a name another account
    /// has, ignoring case). The security stamp stays: the name signs in, it does not prove anything. Emailed.
    /// </summary>
    public async Task<UserNameChangeResult> ChangeUserNameAsync(ClaimsPrincipal session, string? newUserName, CancellationToken ct = default)
    {
        var name = newUserName?.Trim() ?? string.Empty;
        if (AccountNames.CheckUserName(name) is var problem && problem != UserNameProblem.None) return new UserNameChangeResult.NotAcceptable(problem);
        await using var scope = scopeFactory.CreateAsyncScope();
        var users = Users(scope);
        if (await users.GetUserAsync(session) is not { } user) return new UserNameChangeResult.SessionEnded();
        if (string.Equals(user.UserName, name, StringComparison.Ordinal)) return new UserNameChangeResult.Unchanged();
        user.UserName = name;
        user.NormalizedUserName = users.NormalizeName(name);
        await outbox.QueueAsync(Db(scope), Recipient(user), new ContactDetailsChangedEmail(user.DisplayName, ContactDetail.UserName, time.GetUtcNow()));
        Audit(Db(scope), user, AccountActivityKind.UserNameChanged);
        var updated = await users.UpdateAsync(user);
        if (!updated.Succeeded)
        {
            if (updated.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.DuplicateUserName))) return new UserNameChangeResult.Taken();
            throw new InvalidOperationException("The account's username could not be saved.");
        }
        LogUserNameChanged();
        return new UserNameChangeResult.Changed();
    }

    /// <summary>Which emails the parent gets: every registered kind, the always-on ones first as features register them.</summary>
    public async Task<IReadOnlyList<NotificationSetting>> GetNotificationsAsync(ClaimsPrincipal session, CancellationToken ct = default)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        return await UserAsync(scope, session) is { } user ? await notifications.ForAsync(user.Id, ct) : [];
    }

    public async Task<ProfileChangeResult> SaveNotificationsAsync(ClaimsPrincipal session, IReadOnlyDictionary<string, bool> wanted, CancellationToken ct = default)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        if (await UserAsync(scope, session) is not { } user) return ProfileChangeResult.SessionEnded;
        if (!await notifications.SaveAsync(user.Id, wanted, ct)) return ProfileChangeResult.Unchanged;
        Audit(Db(scope), user, AccountActivityKind.EmailChoicesChanged);
        await Db(scope).SaveChangesAsync(ct);
        LogNotificationsSaved();
        return ProfileChangeResult.Saved;
    }

    private async Task<ProfileChangeResult> SendToCaseAsync(ClaimsPrincipal session, ContactChangeContent content, ContactDetail what,
        Func<Participant, ContactChangeContent?, bool> alreadyHeld, CancellationToken ct)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        if (await UserAsync(scope, session) is not { } user) return ProfileChangeResult.SessionEnded;
        var db = Db(scope);
        if (user.PersonId is not { } personId || await ParticipantAsync(db, personId, ct) is not { } person) return ProfileChangeResult.NoCase;
        // The same details as the case holds, or as the change already on its way: sending them again would only add noise.
        var latest = await changes.PendingAsync(personId, content.Kind, ct);
        if (alreadyHeld(person, latest?.Content)) return ProfileChangeResult.Unchanged;

        var now = time.GetUtcNow();
        changes.Queue(db, personId, content, user.Id, requestedByStaff: false, now);
        Audit(db, user, content.Kind == CaseSystemChangeKind.MailingAddress ? AccountActivityKind.AddressChangeSent : AccountActivityKind.PhonesChangeSent);
        await outbox.QueueAsync(db, Recipient(user), new ContactDetailsChangedEmail(user.DisplayName, what, now));
        await db.SaveChangesAsync(ct);
        changes.Queued();
        LogSentToCase(content.Kind);
        return ProfileChangeResult.Saved;
    }

    // Saved with the change it records (the caller's SaveChanges or UserManager's).
    private void Audit(PortalDbContext db, PortalUser user, AccountActivityKind kind) =>
        db.AccountActivities.Add(new AccountActivity(user.Id, kind, time.GetUtcNow(), client.Value == ClientAddress.Unknown ? null : client.Value));

    // The person's details as held on their most recent case; the case system keeps them the same on every case.
    private static Task<Participant?> ParticipantAsync(PortalDbContext db, string personId, CancellationToken ct) =>
        db.Participants.Where(p => p.PersonId == personId).OrderByDescending(p => p.Id).FirstOrDefaultAsync(ct);

    private static EmailRecipient Recipient(PortalUser user) => new(user.Email!, user.DisplayName, user.PreferredCulture);

    private static UserManager<PortalUser> Users(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();

    private static PortalDbContext Db(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<PortalDbContext>();

    private static Task<PortalUser?> UserAsync(AsyncServiceScope scope, ClaimsPrincipal session) => Users(scope).GetUserAsync(session);

    [LoggerMessage(Level = LogLevel.Information, Message = "A parent sent a {Kind} change to their case")]
    private partial void LogSentToCase(CaseSystemChangeKind kind);

    [LoggerMessage(Level = LogLevel.Information, Message = "A parent changed their username")]
    private partial void LogUserNameChanged();

    [LoggerMessage(Level = LogLevel.Information, Message = "A parent changed their phone PIN")]
    private partial void LogPhonePinChanged();

    [LoggerMessage(Level = LogLevel.Information, Message = "A parent saved which emails they want")]
    private partial void LogNotificationsSaved();

    [LoggerMessage(Level = LogLevel.Information, Message = "A parent saved their contact preferences ({Method})")]
    private partial void LogPreferencesSaved(ContactMethod method);
}
