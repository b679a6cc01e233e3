using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OtpNet;
using Portal.App.Infrastructure.Data;

namespace Portal.App.Infrastructure.Identity;

/// <summary>
/// Checks a code from an account's authenticator app (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits, one step either
/// side for clock drift and network delay) and accepts each code once: the step it matched is recorded on the account
/// (<see cref="PortalUser.LastAuthenticatorStep"/>) and after that only a later step is accepted (RFC 6238 §5.2).
/// Identity's AuthenticatorTokenProvider is not used: it accepts two steps either side and the same code again for as
/// long as it is valid (dotnet/aspnetcore#14423).
/// </summary>
/// <remarks>
/// The key is Identity's own (GenerateNewAuthenticatorKey, base32), read through UserManager, so an app added before
/// this check keeps working.
/// </remarks>
public sealed partial class AuthenticatorCodeVerifier(
    UserManager<PortalUser> users,
    PortalDbContext db,
    TimeProvider time,
    ILogger<AuthenticatorCodeVerifier> logger)
{
    public const int CodeLength = 6;

    /// <summary>
    /// Whether <paramref name="code"/> (six digits, spaces already removed) is the account's code for a step around
    /// now that is later than the last one accepted; when it is, that step is recorded in the same statement.
    /// </summary>
    public async Task<bool> VerifyAsync(PortalUser user, string code, CancellationToken cancellationToken)
    {
        if (code.Length != CodeLength || !code.All(char.IsAsciiDigit)) return false;
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key)) return false;

        // The app's clock, given as the time itself: a TimeCorrection as well would be subtracted from it a second time.
        var totp = new Totp(Base32Encoding.ToBytes(key));
        if (!totp.VerifyTotp(time.GetUtcNow().UtcDateTime, code, out var step, VerificationWindow.RfcSpecifiedNetworkDelay)) return false;

        // Checked and recorded in one statement, so of two requests carrying the same code only one finds the older step.
        var recorded = await db.Users
            .Where(u => u.Id == user.Id && (u.LastAuthenticatorStep == null || u.LastAuthenticatorStep < step))
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.LastAuthenticatorStep, (long?)step), cancellationToken);
        if (recorded == 1) return true;
        LogCodeAlreadyUsed();
        return false;
    }

    /// <summary>Forgets the last step accepted, once the account's key is replaced or removed: it says nothing about another key's codes.</summary>
    public async Task ForgetLastStepAsync(PortalUser user, CancellationToken cancellationToken) =>
        await db.Users.Where(u => u.Id == user.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.LastAuthenticatorStep, (long?)null), cancellationToken);

    [LoggerMessage(Level = LogLevel.Warning, Message = "An authenticator code was refused: a code of its time step or a later one had already been used")]
    private partial void LogCodeAlreadyUsed();
}
