using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.App.Features.Accounts.Profile.Emails;
using Portal.App.Features.Accounts.Shared;
using Portal.App.Infrastructure.Data;
using Portal.App.Infrastructure.Email;
using Portal.App.Infrastructure.Identity;
using Portal.Domain.Accounts;

namespace Portal.App.Features.Accounts.Profile;

/// <summary>
/// Moving an account to a new email address. The request needs a recent sign-in (or the password again); a single-use
/// link goes to the NEW address, and nothing changes until its owner, signed in to this account, follows it and
/// confirms. Then sign-in and mail use the new address, and the OLD address is told. An address that already belongs to
/// another account gets a notice instead of a link, and the requester is told "sent" either way.
/// </summary>
public sealed partial class EmailChanges(
    IServiceScopeFactory scopeFactory,
    RecentSignInGate recentSignIn,
    EmailOutbox outbox,
    IDataProtectionProvider dataProtection,
    IOptions<EmailChangeOptions> options,
    TimeProvider time,
    ILogger<EmailChanges> logger)
{
    public const string ConfirmPath = "account/email/confirm";

    private readonly IDataProtector protector = dataProtection.CreateProtector("Portal.Accounts.EmailChange");

    public TimeSpan LinkLifetime => options.Value.LinkLifetime;

    public async Task<EmailChangeResult> RequestAsync(ClaimsPrincipal session, string? newEmail, Uri siteBase, CancellationToken ct = default)
    {
        var address = newEmail?.Trim() ?? string.Empty;
        if (!AccountNames.IsEmailAddress(address)) return EmailChangeResult.InvalidAddress;
        await using var scope = scopeFactory.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        if (await users.GetUserAsync(session) is not { } user) return EmailChangeResult.SessionEnded;
        if (string.Equals(user.Email, address, StringComparison.OrdinalIgnoreCase)) return EmailChangeResult.SameAsCurrent;
        if (!await recentSignIn.IsSatisfiedAsync(session, ct)) return EmailChangeResult.NeedsRecentSignIn;

        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var now = time.GetUtcNow();
        foreach (var older in await db.EmailChangeRequests.Where(r => r.UserId == user.Id && r.UsedAt == null && r.SupersededAt == null).ToListAsync(ct))
        {
            older.Supersede(now);
        }
        if (await users.FindByEmailAsync(address) is { } owner && owner.Id != user.Id)
        {
            await outbox.QueueAsync(db, new EmailRecipient(address, owner.DisplayName, owner.PreferredCulture), new EmailTakenNoticeEmail(owner.DisplayName, now));
            LogTakenAddress();
        }
        else
        {
            var secret = LinkSecrets.New();
            db.EmailChangeRequests.Add(new EmailChangeRequest(user.Id, LinkSecrets.Hash(secret), protector.Protect(address), now, now + LinkLifetime));
            var link = new Uri(siteBase, $"{ConfirmPath}?token={Uri.EscapeDataString(secret)}");
            await outbox.QueueAsync(db, new EmailRecipient(address, user.DisplayName, user.PreferredCulture), new ConfirmNewEmailEmail(user.DisplayName, link, now + LinkLifetime));
            LogRequested();
        }
        db.AccountActivities.Add(new AccountActivity(user.Id, AccountActivityKind.EmailChangeRequested, now, null));
        await db.SaveChangesAsync(ct);
        return EmailChangeResult.Sent;
    }

    /// <summary>The new address a link would move this account to (masked), or null when the link is not valid for it.</summary>
    public async Task<string?> PendingAddressAsync(ClaimsPrincipal session, string? secret, CancellationToken ct = default)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().GetUserAsync(session);
        var request = user is null ? null : await FindAsync(scope.ServiceProvider.GetRequiredService<PortalDbContext>(), user.Id, secret, ct);
        return request is null ? null : Read(request) is { } address ? MaskedEmail.Of(address) : null;
    }

    public async Task<EmailConfirmationResult> ConfirmAsync(ClaimsPrincipal session, string? secret, CancellationToken ct = default)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        if (await users.GetUserAsync(session) is not { } user) return new EmailConfirmationResult.SessionEnded();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        // A link for another account is refused like an unknown one: it neither works nor says whose it is.
        if (await FindAsync(db, user.Id, secret, ct) is not { } request || Read(request) is not { } address) return new EmailConfirmationResult.NotValid();
        if (await users.FindByEmailAsync(address) is { } owner && owner.Id != user.Id) return new EmailConfirmationResult.Taken();

        var now = time.GetUtcNow();
        var oldAddress = user.Email!;
        request.MarkUsed(now);
        // The store, not SetEmailAsync: the address is already proven, and this session (which followed the link) stays.
        user.Email = address;
        user.NormalizedEmail = users.NormalizeEmail(address);
        user.EmailConfirmed = true;
        await outbox.QueueAsync(db, new EmailRecipient(oldAddress, user.DisplayName, user.PreferredCulture), new EmailChangedEmail(user.DisplayName, MaskedEmail.Of(address), now));
        db.AccountActivities.Add(new AccountActivity(user.Id, AccountActivityKind.EmailChanged, now, null));
        var updated = await users.UpdateAsync(user); // saves the request, the notice and the account together
        if (!updated.Succeeded) return new EmailConfirmationResult.Taken(); // the unique email index: taken at this very moment
        LogChanged();
        return new EmailConfirmationResult.Changed(address);
    }

    private async Task<EmailChangeRequest?> FindAsync(PortalDbContext db, string userId, string? secret, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(secret) || secret.Length > 100) return null;
        var hash = LinkSecrets.Hash(secret);
        var request = await db.EmailChangeRequests.SingleOrDefaultAsync(r => r.TokenHash == hash, ct);
        return request is not null && request.UserId == userId && request.IsUsableAt(time.GetUtcNow()) ? request : null;
    }

    private string? Read(EmailChangeRequest request)
    {
        try
        {
            return protector.Unprotect(request.ProtectedNewEmail);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "A parent asked to move their account to a new email address; the link was sent there")]
    private partial void LogRequested();

    [LoggerMessage(Level = LogLevel.Information, Message = "A parent asked to move their account to an address another account has; that address was told instead")]
    private partial void LogTakenAddress();

    [LoggerMessage(Level = LogLevel.Information, Message = "A parent's account moved to its new email address")]
    private partial void LogChanged();
}
