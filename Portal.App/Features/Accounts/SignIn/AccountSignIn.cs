using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.App.Features.Accounts.Security;
using Portal.App.Platform.Localization;
using Portal.App.Infrastructure.Data;
using Portal.App.Infrastructure.Email;
using Portal.App.Infrastructure.Email.Templates;
using Portal.App.Infrastructure.Identity;

using Portal.App.Features.Accounts.Shared;
using Portal.Domain.Accounts;
using Portal.App.Features.Accounts.SignIn.Emails;

namespace Portal.App.Features.Accounts.SignIn;

/// <summary>
/// The two steps of signing in: a password (with lockout), then a code from the account's authenticator app when it
/// has one set up (a code is emailed only when the person asks for it), otherwise a 6-digit code emailed for this
/// sign-in alone. Every failure of the first step looks the same from outside.
/// </summary>
public sealed partial class AccountSignIn(
    UserManager<PortalUser> users,
    PortalSignInManager signIns,
    IPasswordHasher<PortalUser> hasher,
    IDbContextFactory<PortalDbContext> dbFactory,
    EmailOutbox outbox,
    AccountLockout lockout,
    AuthenticatorCodeVerifier authenticator,
    IOptions<SignInOptions> options,
    TimeProvider time,
    ILogger<AccountSignIn> logger)
{
    // Verified when no account matches, so an unknown name costs the same PBKDF2 work as a known one.
    private static readonly Lazy<string> DummyHash = new(() => new PasswordHasher<PortalUser>(Options.Create(new PasswordHasherOptions { IterationCount = 210_000 }))
        .HashPassword(new PortalUser(), Convert.ToBase64String(RandomNumberGenerator.GetBytes(18))));

    private SignInOptions Settings => options.Value;

    /// <summary>
    /// Checks the password. On success starts the second step (emailing a code when that is allowed and the account has
    /// no authenticator app to ask first) and returns the secret the browser keeps for it; otherwise null, whatever the reason.
    /// </summary>
    public async Task<string?> CheckPasswordAsync(string login, string password, string? returnUrl, CancellationToken cancellationToken)
    {
        var user = await FindAsync(login);
        if (user is null)
        {
            hasher.VerifyHashedPassword(new PortalUser(), DummyHash.Value, password);
            LogFailed(FailureReason.UnknownAccount);
            return null;
        }

        var now = time.GetUtcNow();
        var passwordRight = await users.CheckPasswordAsync(user, password); // re-hashes an older, weaker hash
        if (user.LockoutEnd > now)
        {
            LogFailed(FailureReason.LockedOut);
            return null;
        }
        if (!passwordRight)
        {
            await RecordFailureAsync(user.Id, now, FailureReason.WrongPassword);
            return null;
        }
        if (!await signIns.CanSignInAsync(user))
        {
            LogFailed(user.AccessDisabledAt is null ? FailureReason.NotActivated : FailureReason.Disabled);
            return null;
        }

        var secret = NewSecret();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        // Finished and abandoned sign-ins are of no use a day later (an indexed delete).
        var stale = now - TimeSpan.FromDays(1);
        await db.PendingSignIns.Where(p => p.ExpiresAt < stale).ExecuteDeleteAsync(cancellationToken);
        var pending = new PendingSignIn(Hash(secret), user.Id, LocalOrNull(returnUrl), now, now + Settings.SecondStepLifetime);
        db.PendingSignIns.Add(pending);
        if (await EmailCodeAllowedAsync(user) && !await users.HasAuthenticatorAsync(user)) await IssueCodeAsync(db, pending, secret, user, now);
        await db.SaveChangesAsync(cancellationToken);
        return secret;
    }

    /// <summary>What the second step shows for the browser's sign-in, or null when it has no open sign-in.</summary>
    public async Task<SecondStep?> DescribeAsync(string? secret, CancellationToken cancellationToken)
    {
        var (pending, user) = await FindOpenAsync(secret, cancellationToken);
        if (pending is null || user is null) return null;
        return new SecondStep(MaskedEmail.Of(user.Email!), await users.HasAuthenticatorAsync(user), await EmailCodeAllowedAsync(user), pending.CodesSent > 0);
    }

    public async Task<CodeCheckResult> VerifyEmailCodeAsync(string? secret, string code, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow();
        // Serialised, one check at a time per code: two tries at once count as two.
        var (check, wrongFor) = await db.InWriterTransactionAsync<(CodeCheckResult, string?)>(async () =>
        {
            var pending = await OpenPendingAsync(db, secret, now, cancellationToken);
            if (pending is null || pending.CodesSent == 0) return (new CodeCheckResult.Ended(), null);

            var right = CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(CodeHash(secret!, Normalise(code))), Encoding.ASCII.GetBytes(pending.CodeHash));
            if (right && now >= pending.CodeExpiresAt) return (new CodeCheckResult.CodeExpired(), null);
            var check = right ? await SucceedAsync(pending, now) : Fail(pending, now);
            await db.SaveChangesAsync(cancellationToken);
            return (check, right ? null : pending.UserId);
        }, cancellationToken);
        if (wrongFor is not null) await RecordFailureAsync(wrongFor, now, FailureReason.WrongCode);
        return check;
    }

    /// <summary>A code from the account's authenticator app, or one of its recovery codes.</summary>
    public async Task<CodeCheckResult> VerifyAuthenticatorCodeAsync(string? secret, string code, CancellationToken cancellationToken)
    {
        // No write transaction here: redeeming a recovery code writes through UserManager's own connection.
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow();
        var pending = await OpenPendingAsync(db, secret, now, cancellationToken);
        var user = pending is null ? null : await users.FindByIdAsync(pending.UserId);
        if (pending is null || user is null || !await users.HasAuthenticatorAsync(user)) return new CodeCheckResult.Ended();

        var entered = code.Replace(" ", "").Replace("-", "").Trim();
        var right = entered.Length == AuthenticatorCodeVerifier.CodeLength && entered.All(char.IsAsciiDigit)
            ? await authenticator.VerifyAsync(user, entered, cancellationToken)
            : (await users.RedeemTwoFactorRecoveryCodeAsync(user, code.Trim())).Succeeded;
        var check = right ? await SucceedAsync(pending, now) : Fail(pending, now);
        await db.SaveChangesAsync(cancellationToken);
        if (!right) await RecordFailureAsync(pending.UserId, now, FailureReason.WrongCode);
        return check;
    }

    /// <summary>
    /// Emails a code for the browser's sign-in: the first, when an account with an authenticator app asks for one instead,
    /// or a new one, and then the previous code stops working. The same limits hold either way.
    /// </summary>
    public async Task<NewCodeResult> SendNewCodeAsync(string? secret, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow();
        return await db.InWriterTransactionAsync<NewCodeResult>(async () =>
        {
            var pending = await OpenPendingAsync(db, secret, now, cancellationToken);
            var user = pending is null ? null : await users.FindByIdAsync(pending.UserId);
            if (pending is null || user is null || !await EmailCodeAllowedAsync(user)) return new NewCodeResult.Ended();
            switch (pending.NewCode(Settings.CodeRules, now))
            {
                case NewCodeDecision.LimitReached: return new NewCodeResult.LimitReached();
                case NewCodeDecision.TooSoon: return new NewCodeResult.TooSoon();
            }

            await IssueCodeAsync(db, pending, secret!, user, now);
            await db.SaveChangesAsync(cancellationToken);
            return new NewCodeResult.Sent();
        }, cancellationToken);
    }

    /// <summary>
    /// The challenge for a passkey sign-in (kept by Identity in a short-lived cookie of its own until the answer comes).
    /// Any of the portal's passkeys may answer: the authenticator offers the ones it holds, so no name is needed first,
    /// and none is looked up here (the options say nothing about whether an account exists or has passkeys).
    /// </summary>
    public Task<string> PasskeyRequestOptionsAsync() => signIns.MakePasskeyRequestOptionsAsync(null);

    /// <summary>
    /// Checks a passkey's answer to the challenge. A passkey is phishing-resistant and checks its owner (user
    /// verification is required), so it counts as both steps; a locked, disabled or unfinished account is refused
    /// as at the password step. When a name was typed, the passkey must be that account's.
    /// </summary>
    public async Task<PasskeySignInResult> CheckPasskeyAsync(string credentialJson, string? login, CancellationToken cancellationToken)
    {
        PasskeyAssertionResult<PortalUser> assertion;
        try
        {
            assertion = await signIns.PerformPasskeyAssertionAsync(credentialJson);
        }
        catch (InvalidOperationException)
        {
            // No challenge under way for this browser (its cookie expired, or the answer was posted twice).
            LogFailed(FailureReason.NoPasskeyChallenge);
            return new PasskeySignInResult.Refused();
        }
        if (!assertion.Succeeded)
        {
            LogFailed(FailureReason.PasskeyRejected); // unknown (or removed) passkey, bad signature, wrong origin
            LogPasskeyProblem(assertion.Failure.Message);
            return new PasskeySignInResult.Refused();
        }

        var user = assertion.User;
        if (!string.IsNullOrWhiteSpace(login) && (await FindAsync(login))?.Id != user.Id)
        {
            LogFailed(FailureReason.PasskeyOfAnotherAccount);
            return new PasskeySignInResult.Refused();
        }
        var now = time.GetUtcNow();
        if (user.LockoutEnd > now)
        {
            LogFailed(FailureReason.LockedOut);
            return new PasskeySignInResult.Refused();
        }
        if (!await signIns.CanSignInAsync(user))
        {
            LogFailed(user.AccessDisabledAt is null ? FailureReason.NotActivated : FailureReason.Disabled);
            return new PasskeySignInResult.Refused();
        }

        // The new signature counter (a cloned authenticator shows up as one going backwards); the name stays.
        var stored = await users.GetPasskeyAsync(user, assertion.Passkey.CredentialId);
        assertion.Passkey.Name ??= stored?.Name;
        await users.AddOrUpdatePasskeyAsync(user, assertion.Passkey);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var use = await db.PasskeyUses.FindAsync([assertion.Passkey.CredentialId], cancellationToken);
        if (use is null) db.PasskeyUses.Add(new PasskeyUse(assertion.Passkey.CredentialId, now));
        else use.UsedAt(now);
        await db.SaveChangesAsync(cancellationToken);
        return new PasskeySignInResult.SignedIn(user);
    }

    /// <summary>Issues the session cookie (a new one) for an account whose second step just succeeded.</summary>
    public async Task CompleteAsync(PortalUser user)
    {
        var now = time.GetUtcNow();
        await signIns.SignInWithClaimsAsync(user, isPersistent: false, [new Claim(PortalClaims.SignedInAt, now.ToString("O"))]);
        // Failures are forgiven only when both steps succeed: a right password alone must not reset the count.
        user.LastSignInAt = now;
        user.AccessFailedCount = 0;
        user.LastFailedSignInAt = null;
        await users.UpdateAsync(user);
        LogSignedIn();
    }

    /// <summary>
    /// Where a signed-in account goes: a parent whose security questions staff reset chooses new ones first;
    /// otherwise the page it was heading for, else its home (parents: their case; applicants: their application's status).
    /// </summary>
    public static string Destination(PortalUser user, IList<string> roles, string? returnUrl) =>
        (user.PersonId is not null && user.SecurityQuestionsResetAt is not null ? SecurityQuestionsRenewal.PagePath : null)
        ?? LocalOrNull(returnUrl)
        ?? (roles.Count > 0 ? "/staff" : "/dashboard");

    private async Task<CodeCheckResult> SucceedAsync(PendingSignIn pending, DateTimeOffset now)
    {
        pending.End(now); // a code works once
        var user = await users.FindByIdAsync(pending.UserId);
        return user is null || !await signIns.CanSignInAsync(user) ? new CodeCheckResult.Ended() : new CodeCheckResult.SignedIn(user, pending.ReturnUrl);
    }

    private CodeCheckResult Fail(PendingSignIn pending, DateTimeOffset now)
    {
        if (!pending.RecordWrongCode(now, Settings.CodeRules)) return new CodeCheckResult.WrongCode();
        LogSecondStepEnded();
        return new CodeCheckResult.Ended();
    }

    // Wrong passwords and wrong second-step codes count alike towards the account's lockout, so starting a
    // new sign-in does not buy more guesses at a code (nor does the account security page: see AccountLockout).
    private async Task RecordFailureAsync(string userId, DateTimeOffset now, FailureReason reason)
    {
        await lockout.RecordFailureAsync(userId, now);
        LogFailed(reason);
    }

    private async Task IssueCodeAsync(PortalDbContext db, PendingSignIn pending, string secret, PortalUser user, DateTimeOffset now)
    {
        var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
        pending.IssueCode(CodeHash(secret, code), now, Settings.CodeRules);
        await outbox.QueueAsync(db, new EmailRecipient(user.Email!, user.DisplayName, user.PreferredCulture),
            new SignInCodeEmail(user.DisplayName, code, pending.CodeExpiresAt));
    }

    private async Task<(PendingSignIn?, PortalUser?)> FindOpenAsync(string? secret, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var pending = await OpenPendingAsync(db, secret, time.GetUtcNow(), cancellationToken);
        return pending is null ? (null, null) : (pending, await users.FindByIdAsync(pending.UserId));
    }

    private static async Task<PendingSignIn?> OpenPendingAsync(PortalDbContext db, string? secret, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(secret)) return null;
        var hash = Hash(secret);
        var pending = await db.PendingSignIns.SingleOrDefaultAsync(p => p.TokenHash == hash, cancellationToken);
        return pending?.IsOpenAt(now) == true ? pending : null;
    }

    private async Task<PortalUser?> FindAsync(string login)
    {
        login = login.Trim();
        if (login.Length == 0) return null;
        return await users.FindByNameAsync(login) ?? (login.Contains('@') ? await users.FindByEmailAsync(login) : null);
    }

    private async Task<bool> EmailCodeAllowedAsync(PortalUser user) =>
        !Settings.StaffNeedStrongFactor || (await users.GetRolesAsync(user)).Count == 0;

    private static string Normalise(string code) => new(code.Where(char.IsAsciiDigit).ToArray());

    private static string NewSecret() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string Hash(string secret) => Convert.ToHexString(SHA256.HashData(Encoding.ASCII.GetBytes(secret)));

    // Keyed by the browser's secret: the stored hash of a 6-digit code cannot be reversed without it.
    private static string CodeHash(string secret, string code) =>
        Convert.ToHexString(HMACSHA256.HashData(Encoding.ASCII.GetBytes(secret), Encoding.ASCII.GetBytes(code)));

    /// <summary>A local path, never another site: the language switch's rule.</summary>
    public static string? LocalOrNull(string? url) => CultureSwitchEndpoint.IsLocalUrl(url) ? url : null;

    private enum FailureReason { UnknownAccount, WrongPassword, WrongCode, LockedOut, NotActivated, Disabled, NoPasskeyChallenge, PasskeyRejected, PasskeyOfAnotherAccount }

    [LoggerMessage(Level = LogLevel.Information, Message = "A sign-in failed: {Reason}")]
    private partial void LogFailed(FailureReason reason);

    // Identity's own wording (which check failed), never the credential or the account.
    [LoggerMessage(Level = LogLevel.Information, Message = "The passkey was not accepted: {Problem}")]
    private partial void LogPasskeyProblem(string problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "A sign-in ended after too many wrong codes")]
    private partial void LogSecondStepEnded();

    [LoggerMessage(Level = LogLevel.Information, Message = "An account signed in")]
    private partial void LogSignedIn();
}
