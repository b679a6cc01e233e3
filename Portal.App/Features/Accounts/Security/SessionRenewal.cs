using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Portal.App.Infrastructure.Identity;

namespace Portal.App.Features.Accounts.Security;

/// <summary>
/// Keeps THIS browser signed in after a change that ends every session (a new password, the authenticator turned
/// off). Such a change replaces the security stamp, so every cookie, this one too, stops validating. The change
/// happens over the circuit, which cannot set a cookie; so it hands the browser a short-lived, protected ticket
/// and sends it (full page load) to /account/session/renew, which issues a fresh cookie, keeping when the sign-in
/// began (the absolute lifetime still counts from it). The ticket only works together with the very session cookie
/// that was signed in when the change was made, and only while the account's stamp is the one the change set.
/// </summary>
public sealed partial class SessionRenewal(
    IDataProtectionProvider dataProtection,
    SessionRegistry sessions,
    IOptions<IdentityOptions> identityOptions,
    IOptions<PortalSessionOptions> sessionOptions,
    IOptions<AccountSecurityOptions> options,
    TimeProvider time,
    ILogger<SessionRenewal> logger)
{
    public const string Path = "/account/session/renew";

    private readonly IDataProtector protector = dataProtection.CreateProtector("Portal.AccountSecurity.SessionRenewal.v1");

    /// <summary>A ticket for the session <paramref name="session"/> (its principal from before the change) of an account whose stamp is now <paramref name="newStamp"/>.</summary>
    public string CreateTicket(ClaimsPrincipal session, string newStamp)
    {
        var ticket = new Ticket(
            session.FindFirstValue(identityOptions.Value.ClaimsIdentity.UserIdClaimType) ?? "",
            session.FindFirstValue(identityOptions.Value.ClaimsIdentity.SecurityStampClaimType) ?? "",
            newStamp,
            session.FindFirstValue(PortalClaims.SignedInAt) ?? "",
            time.GetUtcNow().UtcTicks);
        return protector.Protect(string.Join('\n', ticket.UserId, ticket.OldStamp, ticket.NewStamp, ticket.SignedInAt, ticket.IssuedAtTicks.ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary>Issues this browser a fresh session cookie when <paramref name="protectedTicket"/> matches its session; false otherwise.</summary>
    public async Task<bool> RenewAsync(HttpContext http, string? protectedTicket)
    {
        var ticket = Read(protectedTicket);
        if (ticket is null) return Refuse(RefusalReason.UnreadableTicket);
        var now = time.GetUtcNow();
        var issuedAt = new DateTimeOffset(ticket.IssuedAtTicks, TimeSpan.Zero);
        if (now < issuedAt || now - issuedAt > options.Value.RenewalTicketLifetime) return Refuse(RefusalReason.ExpiredTicket);

        // The browser's cookie as it was before the change: the stamp check has rejected it by now, but it still
        // proves that this browser holds the session the ticket was made for.
        var previous = SessionCookie.ReadAsSent(http);
        if (previous?.Principal is not { } principal || previous.Properties.ExpiresUtc <= now) return Refuse(RefusalReason.NoSession);
        var claims = identityOptions.Value.ClaimsIdentity;
        if (principal.FindFirstValue(claims.UserIdClaimType) != ticket.UserId
            || principal.FindFirstValue(claims.SecurityStampClaimType) != ticket.OldStamp
            || principal.FindFirstValue(PortalClaims.SignedInAt) != ticket.SignedInAt)
        {
            return Refuse(RefusalReason.OtherSession);
        }
        if (!SessionValidity.WithinAbsoluteLifetime(principal, sessionOptions.Value, time)) return Refuse(RefusalReason.NoSession);
        // The change ended the account's other sessions and kept this one: once renewed, it ends too, so the ticket
        // works once and a copy of the old cookie is worth nothing.
        if (!await sessions.IsActiveAsync(principal, recordActivity: false, useCache: false)) return Refuse(RefusalReason.NoSession);

        var users = http.RequestServices.GetRequiredService<UserManager<PortalUser>>();
        var signIns = http.RequestServices.GetRequiredService<PortalSignInManager>();
        var user = await users.FindByIdAsync(ticket.UserId);
        if (user is null || await users.GetSecurityStampAsync(user) != ticket.NewStamp) return Refuse(RefusalReason.AccountChangedAgain);
        if (!await signIns.CanSignInAsync(user) || user.LockoutEnd > now) return Refuse(RefusalReason.NoSession);

        await signIns.SignInWithClaimsAsync(user, new AuthenticationProperties { IsPersistent = false }, [new Claim(PortalClaims.SignedInAt, ticket.SignedInAt)]);
        await sessions.EndAsync(principal, SessionEndReason.Renewed);
        LogRenewed();
        return true;
    }

    private Ticket? Read(string? protectedTicket)
    {
        if (string.IsNullOrEmpty(protectedTicket)) return null;
        try
        {
            var parts = protector.Unprotect(protectedTicket).Split('\n');
            return parts.Length == 5 && long.TryParse(parts[4], NumberStyles.None, CultureInfo.InvariantCulture, out var issuedAt)
                ? new Ticket(parts[0], parts[1], parts[2], parts[3], issuedAt)
                : null;
        }
        catch (CryptographicException)
        {
            return null; // tampered with, or made with a key this app no longer has: the person signs in again
        }
    }

    private bool Refuse(RefusalReason reason)
    {
        LogRefused(reason);
        return false;
    }

    private sealed record Ticket(string UserId, string OldStamp, string NewStamp, string SignedInAt, long IssuedAtTicks);

    private enum RefusalReason { UnreadableTicket, ExpiredTicket, NoSession, OtherSession, AccountChangedAgain }

    [LoggerMessage(Level = LogLevel.Information, Message = "A session was renewed after a security change")]
    private partial void LogRenewed();

    [LoggerMessage(Level = LogLevel.Warning, Message = "A session renewal was refused: {Reason}")]
    private partial void LogRefused(RefusalReason reason);
}
