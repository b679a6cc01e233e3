using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.App.Infrastructure.Data;
using Portal.App.Infrastructure.Email;
using Portal.App.Infrastructure.Email.Templates;
using Portal.App.Infrastructure.Identity;
using QRCoder;

namespace Portal.App.Features.AccountSecurity;

/// <summary>
/// The signed-in account's own security settings: the authenticator app (RFC 6238 TOTP through Identity's
/// authenticator token provider), its recovery codes, and the password. Used from the interactive page, so
/// each operation runs in its own DI scope (a UserManager and DbContext live no longer than the operation).
/// </summary>
/// <remarks>
/// Setting the authenticator up writes the key and turns two-factor on through the user store, so the security
/// stamp stays as it is: adding a factor makes the account safer and ends no session (the setup page's own circuit
/// included). Turning it off and changing the password go through UserManager, which replaces the stamp and so
/// ends every other session; <see cref="SessionRenewal"/> keeps this one.
/// </remarks>
public sealed partial class AccountSecurityService(
    IServiceScopeFactory scopeFactory,
    SessionRenewal renewal,
    EmailOutbox outbox,
    IOptions<AccountSecurityOptions> options,
    TimeProvider time,
    ILogger<AccountSecurityService> logger)
{
    public async Task<SecurityOverview?> GetOverviewAsync(ClaimsPrincipal session)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var users = Users(scope);
        var user = await users.GetUserAsync(session);
        if (user is null) return null;
        var enabled = await users.HasAuthenticatorAsync(user);
        var passwordContext = await PolicyPasswordValidator.ContextForAsync(scope.ServiceProvider.GetRequiredService<IDbContextFactory<PortalDbContext>>(), user, CancellationToken.None);
        return new SecurityOverview(enabled, enabled ? await users.CountRecoveryCodesAsync(user) : 0, passwordContext);
    }

    /// <summary>Gives the account a new authenticator key (not yet in use) and what the app needs to add it.</summary>
    public async Task<AuthenticatorSetup?> StartAuthenticatorSetupAsync(ClaimsPrincipal session)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var users = Users(scope);
        var user = await users.GetUserAsync(session);
        if (user is null || await users.HasAuthenticatorAsync(user)) return null;

        // A fresh key each time setup starts, so a key seen during an abandoned setup never becomes the factor.
        await KeyStore(scope).SetAuthenticatorKeyAsync(user, users.GenerateNewAuthenticatorKey(), CancellationToken.None);
        await users.UpdateAsync(user);
        var key = (await users.GetAuthenticatorKeyAsync(user))!;
        var uri = AuthenticatorUri(options.Value.AuthenticatorIssuer, user.UserName!, key);
        return new AuthenticatorSetup(FormatKey(key), uri, QrCodeDataUri(uri));
    }

    /// <summary>Turns the authenticator on when <paramref name="code"/> is the app's current code; returns the new recovery codes (shown once), or null.</summary>
    public async Task<IReadOnlyList<string>?> EnableAuthenticatorAsync(ClaimsPrincipal session, string code)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var users = Users(scope);
        var user = await users.GetUserAsync(session);
        var entered = code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).Trim();
        if (user is null || string.IsNullOrEmpty(await users.GetAuthenticatorKeyAsync(user)) || await users.HasAuthenticatorAsync(user)) return null;
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, entered))
        {
            LogAuthenticatorCodeRejected();
            return null;
        }

        await TwoFactorStore(scope).SetTwoFactorEnabledAsync(user, true, CancellationToken.None);
        await users.UpdateAsync(user);
        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, options.Value.RecoveryCodeCount))!.ToList();
        LogAuthenticatorEnabled();
        return codes;
    }

    /// <summary>Replaces the account's recovery codes; the old ones stop working.</summary>
    public async Task<IReadOnlyList<string>?> NewRecoveryCodesAsync(ClaimsPrincipal session)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var users = Users(scope);
        var user = await users.GetUserAsync(session);
        if (user is null || !await users.HasAuthenticatorAsync(user)) return null;
        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, options.Value.RecoveryCodeCount))!.ToList();
        LogRecoveryCodesReplaced();
        return codes;
    }

    /// <summary>Turns the authenticator off and forgets its key; every session ends. Returns the ticket that keeps this one (null: nothing done).</summary>
    public async Task<string?> DisableAuthenticatorAsync(ClaimsPrincipal session)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var users = Users(scope);
        var user = await users.GetUserAsync(session);
        if (user is null || !await users.HasAuthenticatorAsync(user)) return null;
        if (!(await users.SetTwoFactorEnabledAsync(user, false)).Succeeded || !(await users.ResetAuthenticatorKeyAsync(user)).Succeeded)
            throw new InvalidOperationException("Identity could not turn the authenticator off.");
        LogAuthenticatorDisabled();
        return renewal.CreateTicket(session, await users.GetSecurityStampAsync(user));
    }

    /// <summary>
    /// Changes the password (Identity checks the current one and applies the portal's policy), emails the owner,
    /// and ends every session; the result carries the ticket that keeps this one.
    /// </summary>
    public async Task<PasswordChangeResult> ChangePasswordAsync(ClaimsPrincipal session, string currentPassword, string newPassword, CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var users = Users(scope);
        var user = await users.GetUserAsync(session);
        if (user is null || user.AccessDisabledAt is not null) return new(PasswordChangeOutcome.SessionEnded);

        // The notice joins UserManager's own unit of work (the scope's context): saved with the new password, or not at all.
        await outbox.QueueAsync(scope.ServiceProvider.GetRequiredService<PortalDbContext>(),
            new EmailRecipient(user.Email!, user.DisplayName, user.PreferredCulture), new PasswordChangedEmail(user.DisplayName, time.GetUtcNow()));
        var changed = await users.ChangePasswordAsync(user, currentPassword, newPassword); // also replaces the security stamp
        if (!changed.Succeeded)
        {
            var wrong = changed.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch));
            LogPasswordChangeFailed(wrong ? "WrongCurrentPassword" : "NotAcceptable");
            return new(wrong ? PasswordChangeOutcome.WrongCurrentPassword : PasswordChangeOutcome.NotAcceptable);
        }
        LogPasswordChanged();
        return new(PasswordChangeOutcome.Changed, renewal.CreateTicket(session, await users.GetSecurityStampAsync(user)));
    }

    /// <summary>The base32 key in groups of four, so it can be read out and typed: "ABCD EFGH IJKL ...".</summary>
    public static string FormatKey(string key)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            if (i > 0) builder.Append(' ');
            builder.Append(key.AsSpan(i, Math.Min(4, key.Length - i)));
        }
        return builder.ToString().ToUpperInvariant();
    }

    /// <summary>The Key Uri Format that authenticator apps read from a QR code.</summary>
    public static string AuthenticatorUri(string issuer, string account, string key) =>
        $"otpauth://totp/{Uri.EscapeDataString(issuer)}:{Uri.EscapeDataString(account)}?secret={key}&issuer={Uri.EscapeDataString(issuer)}&digits=6";

    private static string QrCodeDataUri(string uri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.Q);
        var png = new PngByteQRCode(data).GetGraphic(5);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }

    private static UserManager<PortalUser> Users(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();

    private static IUserAuthenticatorKeyStore<PortalUser> KeyStore(AsyncServiceScope scope) =>
        (IUserAuthenticatorKeyStore<PortalUser>)scope.ServiceProvider.GetRequiredService<IUserStore<PortalUser>>();

    private static IUserTwoFactorStore<PortalUser> TwoFactorStore(AsyncServiceScope scope) =>
        (IUserTwoFactorStore<PortalUser>)scope.ServiceProvider.GetRequiredService<IUserStore<PortalUser>>();

    [LoggerMessage(Level = LogLevel.Information, Message = "An account turned on its authenticator app")]
    private partial void LogAuthenticatorEnabled();

    [LoggerMessage(Level = LogLevel.Information, Message = "An authenticator code was wrong while turning the authenticator on")]
    private partial void LogAuthenticatorCodeRejected();

    [LoggerMessage(Level = LogLevel.Warning, Message = "An account turned off its authenticator app; its sessions end")]
    private partial void LogAuthenticatorDisabled();

    [LoggerMessage(Level = LogLevel.Information, Message = "An account replaced its recovery codes")]
    private partial void LogRecoveryCodesReplaced();

    [LoggerMessage(Level = LogLevel.Warning, Message = "An account changed its password; its other sessions end")]
    private partial void LogPasswordChanged();

    [LoggerMessage(Level = LogLevel.Information, Message = "A password change was refused: {Reason}")]
    private partial void LogPasswordChangeFailed(string reason);
}
