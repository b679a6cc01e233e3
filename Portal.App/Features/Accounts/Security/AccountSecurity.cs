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

using Portal.App.Features.Accounts.Shared;
using Portal.App.Features.Accounts.Shared.Emails;

namespace Portal.App.Features.Accounts.Security;

/// <summary>
/// The signed-in account's own security settings: the authenticator app (RFC 6238 TOTP, each code accepted once:
/// <see cref="AuthenticatorCodeVerifier"/>), its recovery codes, and the password. Used from the interactive page, so
/// each operation runs in its own DI scope (a UserManager and DbContext live no longer than the operation).
/// </summary>
/// <remarks>
/// Setting the authenticator up writes the key and turns two-factor on through the user store, so the security
/// stamp stays as it is: adding a factor makes the account safer and ends no session (the setup page's own circuit
/// included). Turning it off and changing the password go through UserManager, which replaces the stamp and so
/// ends every other session; <see cref="SessionRenewal"/> keeps this one. Those two and new recovery codes need the
/// current password, and a wrong one counts towards the lockout as at sign-in: a stolen session is no way to guess it.
/// </remarks>
public sealed partial class AccountSecurity(
    IServiceScopeFactory scopeFactory,
    IDbContextFactory<PortalDbContext> dbFactory,
    SessionRenewal renewal,
    SessionRegistry sessions,
    RecentSignInGate recentSignIn,
    EmailOutbox outbox,
    IOptions<AccountSecurityOptions> options,
    TimeProvider time,
    ILogger<AccountSecurity> logger)
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
        // A sensitive change: the page asks for the password first when the sign-in is not recent (RecentSignInGate).
        if (user is null || await users.HasAuthenticatorAsync(user) || !await recentSignIn.IsSatisfiedAsync(session)) return null;

        // A fresh key each time setup starts, so a key seen during an abandoned setup never becomes the factor.
        await KeyStore(scope).SetAuthenticatorKeyAsync(user, users.GenerateNewAuthenticatorKey(), CancellationToken.None);
        await users.UpdateAsync(user);
        await Verifier(scope).ForgetLastStepAsync(user, CancellationToken.None); // a step left by a setup that did not finish
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
        // No recent sign-in check here: the key exists only because a setup that passed it started.
        if (user is null || string.IsNullOrEmpty(await users.GetAuthenticatorKeyAsync(user)) || await users.HasAuthenticatorAsync(user)) return null;
        // Records the code's step too, so the code that turned the app on cannot then be used to sign in.
        if (!await Verifier(scope).VerifyAsync(user, entered, CancellationToken.None))
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

    /// <summary>Replaces the account's recovery codes (the old ones stop working) once the current password is right.</summary>
    public async Task<AuthenticatorChangeResult> NewRecoveryCodesAsync(ClaimsPrincipal session, string currentPassword)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var users = Users(scope);
        var user = await users.GetUserAsync(session);
        if (user is null) return new AuthenticatorChangeResult.SessionEnded();
        if (!await users.HasAuthenticatorAsync(user)) return new AuthenticatorChangeResult.NotOn();
        var check = await CheckCurrentPasswordAsync(scope, session, user, currentPassword, ConfirmedAction.NewRecoveryCodes);
        if (check != PasswordConfirmResult.Right) return Refusal(check);

        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, options.Value.RecoveryCodeCount))!.ToList();
        LogRecoveryCodesReplaced();
        return new AuthenticatorChangeResult.NewRecoveryCodes(codes);
    }

    /// <summary>
    /// Turns the authenticator off and forgets its key once the current password is right; every session ends.
    /// When done, the result carries the ticket that keeps this one.
    /// </summary>
    public async Task<AuthenticatorChangeResult> DisableAuthenticatorAsync(ClaimsPrincipal session, string currentPassword)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var users = Users(scope);
        var user = await users.GetUserAsync(session);
        if (user is null) return new AuthenticatorChangeResult.SessionEnded();
        if (!await users.HasAuthenticatorAsync(user)) return new AuthenticatorChangeResult.NotOn();
        var check = await CheckCurrentPasswordAsync(scope, session, user, currentPassword, ConfirmedAction.TurnOffAuthenticator);
        if (check != PasswordConfirmResult.Right) return Refusal(check);

        if (!(await users.SetTwoFactorEnabledAsync(user, false)).Succeeded || !(await users.ResetAuthenticatorKeyAsync(user)).Succeeded)
            throw new InvalidOperationException("Identity could not turn the authenticator off.");
        await Verifier(scope).ForgetLastStepAsync(user, CancellationToken.None);
        await sessions.EndAllAsync(scope.ServiceProvider.GetRequiredService<PortalDbContext>(), user.Id, SessionEndReason.AuthenticatorTurnedOff, except: session);
        LogAuthenticatorDisabled();
        return new AuthenticatorChangeResult.TurnedOff(renewal.CreateTicket(session, await users.GetSecurityStampAsync(user)));
    }

    /// <summary>
    /// Changes the password (the current one checked and counted as at sign-in, the new one against the portal's
    /// policy), emails the owner, and ends every session; the result carries the ticket that keeps this one.
    /// </summary>
    public async Task<PasswordChangeResult> ChangePasswordAsync(ClaimsPrincipal session, string currentPassword, string newPassword, CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var users = Users(scope);
        var user = await users.GetUserAsync(session);
        if (user is null) return new PasswordChangeResult.SessionEnded();
        // Checked (and a wrong one counted) before the notice is queued: counting saves through the same context.
        switch (await CheckCurrentPasswordAsync(scope, session, user, currentPassword, ConfirmedAction.ChangePassword))
        {
            case PasswordConfirmResult.Wrong:
                LogPasswordChangeFailed("WrongCurrentPassword");
                return new PasswordChangeResult.WrongCurrentPassword();
            case PasswordConfirmResult.LockedOut:
                return new PasswordChangeResult.LockedOut();
            case PasswordConfirmResult.SessionEnded:
                return new PasswordChangeResult.SessionEnded();
        }

        // The notice joins UserManager's own unit of work (the scope's context): saved with the new password, or not at all.
        await outbox.QueueAsync(scope.ServiceProvider.GetRequiredService<PortalDbContext>(),
            new EmailRecipient(user.Email!, user.DisplayName, user.PreferredCulture), new PasswordChangedEmail(user.DisplayName, time.GetUtcNow()));
        var changed = await users.ChangePasswordAsync(user, currentPassword, newPassword); // also replaces the security stamp
        if (!changed.Succeeded)
        {
            // A mismatch here means the password changed elsewhere since the check above: not a guess, not counted.
            var wrong = changed.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch));
            LogPasswordChangeFailed(wrong ? "WrongCurrentPassword" : "NotAcceptable");
            return wrong ? new PasswordChangeResult.WrongCurrentPassword() : new PasswordChangeResult.NotAcceptable();
        }
        await sessions.EndAllAsync(scope.ServiceProvider.GetRequiredService<PortalDbContext>(), user.Id, SessionEndReason.PasswordChanged, except: session, cancellationToken);
        LogPasswordChanged();
        return new PasswordChangeResult.Changed(renewal.CreateTicket(session, await users.GetSecurityStampAsync(user)));
    }

    /// <summary>The account's open sessions (this device's marked), most recently seen first.</summary>
    public async Task<IReadOnlyList<ActiveSession>> ListSessionsAsync(ClaimsPrincipal session, CancellationToken cancellationToken = default) =>
        UserIdOf(session) is { } userId ? await sessions.ListAsync(userId, session, cancellationToken) : [];

    /// <summary>Signs out one of the account's sessions (another device): its cookie, and any copy, stops working at once.</summary>
    public async Task<bool> SignOutSessionAsync(ClaimsPrincipal session, string sessionId, CancellationToken cancellationToken = default)
    {
        if (await ActingUserIdAsync(session, cancellationToken) is not { } userId || !await sessions.EndOneAsync(userId, sessionId, cancellationToken)) return false;
        LogSessionsSignedOut(1);
        return true;
    }

    /// <summary>Signs out every session of the account but this one.</summary>
    public async Task<int> SignOutOtherSessionsAsync(ClaimsPrincipal session, CancellationToken cancellationToken = default)
    {
        if (await ActingUserIdAsync(session, cancellationToken) is not { } userId) return 0;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var ended = await sessions.EndAllAsync(db, userId, SessionEndReason.SignedOutElsewhere, except: session, cancellationToken);
        LogSessionsSignedOut(ended);
        return ended;
    }

    private static string? UserIdOf(ClaimsPrincipal session) =>
        SessionRegistry.IdOf(session) is null ? null : session.FindFirstValue(ClaimTypes.NameIdentifier);

    // An open page whose own session has ended (until its next re-check) may not sign out the others.
    private async Task<string?> ActingUserIdAsync(ClaimsPrincipal session, CancellationToken cancellationToken) =>
        await sessions.IsActiveAsync(session, recordActivity: false, useCache: false, cancellationToken) ? UserIdOf(session) : null;

    // The one check of the current password (RecentSignInGate's): counted towards the lockout as at sign-in, and when
    // right it also counts as a recent sign-in for this session.
    private Task<PasswordConfirmResult> CheckCurrentPasswordAsync(AsyncServiceScope scope, ClaimsPrincipal session, PortalUser user, string currentPassword, ConfirmedAction action) =>
        recentSignIn.CheckPasswordAsync(scope.ServiceProvider, user, session, currentPassword, action.ToString());

    private static AuthenticatorChangeResult Refusal(PasswordConfirmResult check) => check switch
    {
        PasswordConfirmResult.Wrong => new AuthenticatorChangeResult.WrongCurrentPassword(),
        PasswordConfirmResult.LockedOut => new AuthenticatorChangeResult.LockedOut(),
        _ => new AuthenticatorChangeResult.SessionEnded(),
    };

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

    private static AuthenticatorCodeVerifier Verifier(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<AuthenticatorCodeVerifier>();

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

    [LoggerMessage(Level = LogLevel.Information, Message = "An account signed out {Count} of its other sessions")]
    private partial void LogSessionsSignedOut(int count);

    private enum ConfirmedAction { ChangePassword, TurnOffAuthenticator, NewRecoveryCodes }
}
