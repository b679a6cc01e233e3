using System.Buffers.Text;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.App.Features.Accounts.Security.Emails;
using Portal.App.Features.Accounts.Shared;
using Portal.App.Infrastructure.Data;
using Portal.App.Infrastructure.Email;
using Portal.App.Infrastructure.Email.Templates;
using Portal.App.Infrastructure.Identity;
using Portal.Domain.Accounts;

namespace Portal.App.Features.Accounts.Security;

/// <summary>
/// The signed-in account's passkeys (WebAuthn, through Identity's passkey support): add, list, rename, remove.
/// Adding runs over HTTP (Identity keeps the challenge in a cookie between the options and the answer); the list and
/// the changes run from the interactive page, each in its own scope. Every change needs a recent sign-in
/// (<see cref="RecentSignInGate"/>), emails the owner when a passkey is added or removed, and is logged without the
/// name or the account.
/// </summary>
public sealed partial class AccountPasskeys(
    IServiceScopeFactory scopeFactory,
    RecentSignInGate recentSignIn,
    EmailOutbox outbox,
    TimeProvider time,
    ILogger<AccountPasskeys> logger)
{
    /// <summary>The account's passkeys, oldest first, with when each was last used to sign in.</summary>
    public async Task<IReadOnlyList<PasskeySummary>> ListAsync(ClaimsPrincipal session, CancellationToken cancellationToken = default)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var users = Users(scope.ServiceProvider);
        if (await users.GetUserAsync(session) is not { } user) return [];
        var passkeys = await users.GetPasskeysAsync(user);
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var uses = await db.PasskeyUses.AsNoTracking()
            .Join(db.Set<IdentityUserPasskey<string>>().Where(p => p.UserId == user.Id), u => u.CredentialId, p => p.CredentialId, (u, _) => u)
            .ToListAsync(cancellationToken);
        return passkeys.OrderBy(p => p.CreatedAt)
            .Select(p => new PasskeySummary(IdOf(p.CredentialId), p.Name ?? string.Empty, p.CreatedAt,
                uses.FirstOrDefault(u => u.CredentialId.AsSpan().SequenceEqual(p.CredentialId))?.LastUsedAt))
            .ToList();
    }

    /// <summary>
    /// The WebAuthn creation options for a new passkey of the signed-in account (the challenge kept in Identity's
    /// cookie on this response), or null when the session may not add one now (no recent sign-in, or none at all).
    /// </summary>
    public async Task<string?> CreationOptionsAsync(HttpContext http)
    {
        var users = Users(http.RequestServices);
        if (await users.GetUserAsync(http.User) is not { } user || !await recentSignIn.IsSatisfiedAsync(http.User, http.RequestAborted)) return null;
        var signIns = http.RequestServices.GetRequiredService<PortalSignInManager>();
        // The user handle is the account id; the name an authenticator shows is the username (never the email).
        return await signIns.MakePasskeyCreationOptionsAsync(new PasskeyUserEntity { Id = user.Id, Name = user.UserName!, DisplayName = user.DisplayName });
    }

    /// <summary>Checks the authenticator's answer to the creation options and adds the passkey, named, to the account.</summary>
    public async Task<PasskeyChangeResult> AddAsync(HttpContext http, string credentialJson, string? name)
    {
        var users = Users(http.RequestServices);
        if (await users.GetUserAsync(http.User) is not { } user) return PasskeyChangeResult.SessionEnded;
        if (!await recentSignIn.IsSatisfiedAsync(http.User, http.RequestAborted)) return PasskeyChangeResult.RecentSignInNeeded;
        if (PasskeyName.Check(name) != PasskeyNameProblem.None) return PasskeyChangeResult.InvalidName;

        PasskeyAttestationResult attestation;
        try
        {
            attestation = await http.RequestServices.GetRequiredService<PortalSignInManager>().PerformPasskeyAttestationAsync(credentialJson);
        }
        catch (InvalidOperationException)
        {
            LogRefused("NoChallenge"); // no creation under way for this browser: its cookie expired, or the answer came twice
            return PasskeyChangeResult.NotAccepted;
        }
        if (!attestation.Succeeded || attestation.UserEntity.Id != user.Id || await users.FindByPasskeyIdAsync(attestation.Passkey.CredentialId) is not null)
        {
            LogRefused(attestation.Succeeded ? "OtherAccountOrTaken" : "NotVerified: " + attestation.Failure.Message);
            return PasskeyChangeResult.NotAccepted;
        }

        // Identity stamps the system clock; the portal's clock (TimeProvider) says when it was added.
        var made = attestation.Passkey;
        var passkey = new UserPasskeyInfo(made.CredentialId, made.PublicKey, time.GetUtcNow(), made.SignCount, made.Transports, made.IsUserVerified,
            made.IsBackupEligible, made.IsBackedUp, made.AttestationObject, made.ClientDataJson) { Name = PasskeyName.Normalise(name) };
        // The notice joins UserManager's own unit of work (the request scope's context): saved with the passkey, or not at all.
        await outbox.QueueAsync(http.RequestServices.GetRequiredService<PortalDbContext>(), Recipient(user), new PasskeyAddedEmail(user.DisplayName, passkey.Name, time.GetUtcNow()));
        if (!(await users.AddOrUpdatePasskeyAsync(user, passkey)).Succeeded) throw new InvalidOperationException("Identity could not store the passkey.");
        LogAdded();
        return PasskeyChangeResult.Done;
    }

    public async Task<PasskeyChangeResult> RenameAsync(ClaimsPrincipal session, string id, string? name)
    {
        if (PasskeyName.Check(name) != PasskeyNameProblem.None) return PasskeyChangeResult.InvalidName;
        return await ChangeAsync(session, id, async (users, _, user, passkey) =>
        {
            passkey.Name = PasskeyName.Normalise(name);
            if (!(await users.AddOrUpdatePasskeyAsync(user, passkey)).Succeeded) throw new InvalidOperationException("Identity could not rename the passkey.");
            LogRenamed();
        });
    }

    /// <summary>Removes one of the account's passkeys: it no longer signs in (sessions it began go on until they end).</summary>
    public Task<PasskeyChangeResult> RemoveAsync(ClaimsPrincipal session, string id) =>
        ChangeAsync(session, id, async (users, db, user, passkey) =>
        {
            // The notice joins UserManager's unit of work (the scope's context): saved with the removal, or not at all.
            await outbox.QueueAsync(db, Recipient(user), new PasskeyRemovedEmail(user.DisplayName, passkey.Name ?? string.Empty, time.GetUtcNow()));
            if (!(await users.RemovePasskeyAsync(user, passkey.CredentialId)).Succeeded) throw new InvalidOperationException("Identity could not remove the passkey.");
            LogRemoved();
        });

    private async Task<PasskeyChangeResult> ChangeAsync(ClaimsPrincipal session, string id, Func<UserManager<PortalUser>, PortalDbContext, PortalUser, UserPasskeyInfo, Task> change)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var users = Users(scope.ServiceProvider);
        if (await users.GetUserAsync(session) is not { } user) return PasskeyChangeResult.SessionEnded;
        if (!await recentSignIn.IsSatisfiedAsync(session)) return PasskeyChangeResult.RecentSignInNeeded;
        // Only among this account's own passkeys: an id from anywhere else is simply not found.
        if (CredentialIdOf(id) is not { } credentialId || await users.GetPasskeyAsync(user, credentialId) is not { } passkey) return PasskeyChangeResult.NotFound;
        await change(users, scope.ServiceProvider.GetRequiredService<PortalDbContext>(), user, passkey);
        return PasskeyChangeResult.Done;
    }

    /// <summary>The credential id as the page carries it: base64url, no padding.</summary>
    public static string IdOf(byte[] credentialId) => Base64Url.EncodeToString(credentialId);

    private static byte[]? CredentialIdOf(string id)
    {
        try
        {
            return id.Length is > 0 and <= 2048 ? Base64Url.DecodeFromChars(id) : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static EmailRecipient Recipient(PortalUser user) => new(user.Email!, user.DisplayName, user.PreferredCulture);

    private static UserManager<PortalUser> Users(IServiceProvider services) => services.GetRequiredService<UserManager<PortalUser>>();

    [LoggerMessage(Level = LogLevel.Warning, Message = "An account added a passkey")]
    private partial void LogAdded();

    [LoggerMessage(Level = LogLevel.Information, Message = "An account renamed a passkey")]
    private partial void LogRenamed();

    [LoggerMessage(Level = LogLevel.Warning, Message = "An account removed a passkey")]
    private partial void LogRemoved();

    [LoggerMessage(Level = LogLevel.Information, Message = "A new passkey was refused: {Reason}")]
    private partial void LogRefused(string reason);
}
