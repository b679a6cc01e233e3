using Microsoft.AspNetCore.Identity;
using Portal.App.Infrastructure.Data;
using Portal.App.Infrastructure.Identity;
using Portal.Domain.Accounts;

namespace Portal.App.Features.Accounts.Shared;

/// <summary>
/// The one count of wrong passwords and codes towards an account's lockout (the <see cref="LockoutWindow"/> made from
/// SignIn:MaxFailedPasswords, FailureWindow and LockoutDuration; a lockout also ends all its sessions). Sign-in counts
/// here, and so does every page that asks a signed-in person for their current password, so a stolen session buys no
/// extra guesses.
/// </summary>
/// <remarks>
/// Not Identity's AccessFailedAsync: that counts against Identity's own lockout options (no failure window, its own
/// clock), which the portal does not use. Resolve it in the same scope as the caller's UserManager (whose store uses the
/// scope's <see cref="PortalDbContext"/>, this one).
/// </remarks>
public sealed partial class AccountLockout(
    UserManager<PortalUser> users,
    PortalDbContext db,
    SessionRegistry sessions,
    LockoutWindow window,
    ILogger<AccountLockout> logger)
{
    /// <summary>Counts one wrong password or code; true when this failure locked the account.</summary>
    public async Task<bool> RecordFailureAsync(string userId, DateTimeOffset now)
    {
        // Identity's concurrency stamp makes a parallel failure's save fail: it is read again and counted again,
        // so parallel guesses are each counted. Read again from the database: the scope's context (UserManager's
        // store) would otherwise hand back the copy it already tracks, with the stale stamp, and every retry would fail.
        for (var attempt = 0; attempt < 5; attempt++)
        {
            if (await users.FindByIdAsync(userId) is not { } user) return false;
            var count = window.Fail(user.AccessFailedCount, user.LastFailedSignInAt, now);
            user.AccessFailedCount = count.Failures;
            user.LastFailedSignInAt = now;
            var locks = count.LockedUntil is not null;
            if (locks) user.LockoutEnd = count.LockedUntil;
            if ((await users.UpdateAsync(user)).Succeeded)
            {
                if (!locks) return false;
                // Whoever is guessing may hold a stolen session: the lockout ends every session of the account.
                await sessions.EndAllAsync(db, userId, SessionEndReason.LockedOut);
                LogLockedOut(window.LockoutDuration);
                return true;
            }
            await db.Entry(user).ReloadAsync();
        }
        LogFailureNotCounted();
        return false;
    }

    /// <summary>Forgets the account's counted failures (the person has just proven who they are).</summary>
    public async Task ForgiveAsync(PortalUser user)
    {
        if (user.AccessFailedCount == 0 && user.LastFailedSignInAt is null) return;
        user.AccessFailedCount = 0;
        user.LastFailedSignInAt = null;
        await users.UpdateAsync(user);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A sign-in failure could not be counted after repeated concurrent updates")]
    private partial void LogFailureNotCounted();

    [LoggerMessage(Level = LogLevel.Warning, Message = "An account was locked for {Duration} after repeated wrong passwords or codes")]
    private partial void LogLockedOut(TimeSpan duration);
}
