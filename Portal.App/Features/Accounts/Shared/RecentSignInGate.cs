using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Portal.App.Infrastructure.Identity;
using Portal.Domain.Accounts;

namespace Portal.App.Features.Accounts.Shared;

/// <summary>
/// The recent sign-in rule (<see cref="RecentSignInRule"/>) for a session: a sensitive change (password, security
/// questions, authenticator app, passkeys, email, phone PIN) needs a sign-in within RecentSignIn:Window, or the
/// password typed again (<see cref="ConfirmPasswordAsync"/>, which <see cref="PasswordConfirmForm"/> asks for). The
/// proof is kept on the server's session row, so a page's circuit and an HTTP endpoint see the same answer.
/// </summary>
/// <remarks>Safe in a circuit: each check opens its own scope (a UserManager lives no longer than the check).</remarks>
public sealed partial class RecentSignInGate(
    IServiceScopeFactory scopeFactory,
    SessionRegistry sessions,
    IOptions<RecentSignInOptions> options,
    TimeProvider time,
    ILogger<RecentSignInGate> logger)
{
    public RecentSignInRule Rule => options.Value.Rule;

    /// <summary>Whether this session may make a sensitive change now without the password.</summary>
    public async Task<bool> IsSatisfiedAsync(ClaimsPrincipal session, CancellationToken cancellationToken = default) =>
        await sessions.PresenceAsync(session, cancellationToken) is { } presence
        && Rule.IsSatisfied(presence.SignedInAt, presence.PasswordConfirmedAt, time.GetUtcNow());

    /// <summary>The password typed again: when right, the session counts as recently signed in for the next window.</summary>
    public async Task<PasswordConfirmResult> ConfirmPasswordAsync(ClaimsPrincipal session, string password, CancellationToken cancellationToken = default)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = await users.GetUserAsync(session);
        return user is null ? PasswordConfirmResult.SessionEnded : await CheckPasswordAsync(scope.ServiceProvider, user, session, password, "RecentSignIn", cancellationToken);
    }

    /// <summary>
    /// The one check of the current password before a change a stolen session must not make: a wrong one counts
    /// towards the lockout exactly as at sign-in (<see cref="AccountLockout"/>), a right one forgives earlier failures
    /// (this session already passed the second step) and records the proof on the session. When a wrong one locks the
    /// account, the security stamp is replaced too, so this session, and any copy of its cookie, ends for good rather
    /// than until the lockout passes.
    /// </summary>
    /// <param name="scoped">The caller's scope: its UserManager, and the AccountLockout that saves through the same context.</param>
    /// <param name="action">What the password is for, for the log (never the password or the account).</param>
    public async Task<PasswordConfirmResult> CheckPasswordAsync(IServiceProvider scoped, PortalUser user, ClaimsPrincipal session, string password, string action, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        if (user.AccessDisabledAt is not null) return PasswordConfirmResult.SessionEnded;
        if (user.LockoutEnd > now) return PasswordConfirmResult.LockedOut; // locked meanwhile (e.g. at sign-in): no more guesses
        var users = scoped.GetRequiredService<UserManager<PortalUser>>();
        var lockout = scoped.GetRequiredService<AccountLockout>();
        if (await users.CheckPasswordAsync(user, password))
        {
            await lockout.ForgiveAsync(user);
            return await sessions.RecordPasswordConfirmedAsync(session, cancellationToken) ? PasswordConfirmResult.Right : PasswordConfirmResult.SessionEnded;
        }
        if (!await lockout.RecordFailureAsync(user.Id, now))
        {
            LogCurrentPasswordWrong(action);
            return PasswordConfirmResult.Wrong;
        }
        await users.UpdateSecurityStampAsync(user);
        LogLockedOut(action);
        return PasswordConfirmResult.LockedOut;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "A wrong current password was counted towards the lockout: {Action}")]
    private partial void LogCurrentPasswordWrong(string action);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Wrong current passwords asked for again locked the account; its sessions end: {Action}")]
    private partial void LogLockedOut(string action);
}
