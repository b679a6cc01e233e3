using Portal.Domain.Accounts;
using System.ComponentModel.DataAnnotations;

namespace Portal.App.Features.Accounts.SignIn;

/// <summary>Configuration "SignIn": lockout after wrong passwords, and the emailed code of the second step.</summary>
public sealed class SignInOptions
{
    public const string Section = "SignIn";

    /// <summary>Wrong passwords within <see cref="FailureWindow"/> that lock the account.</summary>
    [Range(1, 100)]
    public int MaxFailedPasswords { get; set; } = 5;

    public TimeSpan FailureWindow { get; set; } = TimeSpan.FromMinutes(15);

    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>The three settings above as the rule that applies them.</summary>
    public LockoutWindow LockoutWindow => new(MaxFailedPasswords, FailureWindow, LockoutDuration);

    /// <summary>How long an emailed code works (the seed: 10 minutes).</summary>
    public TimeSpan CodeLifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Wrong codes that end the sign-in: the person starts again from the password.</summary>
    [Range(1, 20)]
    public int MaxWrongCodes { get; set; } = 5;

    /// <summary>"Send a new code" works at most once within this time.</summary>
    public TimeSpan NewCodeInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Codes one sign-in may ask for in all, the first included.</summary>
    [Range(1, 20)]
    public int MaxCodesPerSignIn { get; set; } = 5;

    /// <summary>The four settings of the emailed code as the rules that apply them.</summary>
    public SignInCodeRules CodeRules => new(CodeLifetime, MaxWrongCodes, NewCodeInterval, MaxCodesPerSignIn);

    /// <summary>A sign-in left at the second step ends after this long.</summary>
    public TimeSpan SecondStepLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// Staff must use a strong factor (recommended in production): a passkey, or an authenticator app as their second
    /// step. The emailed code is not offered to staff.
    /// </summary>
    public bool RequireStrongFactorForStaff { get; set; }

    /// <summary>The earlier name of <see cref="RequireStrongFactorForStaff"/>, still honoured: either one turns the rule on.</summary>
    public bool RequireAuthenticatorForStaff { get; set; }

    /// <summary>Whether staff are held to a passkey or an authenticator app (by either setting).</summary>
    public bool StaffNeedStrongFactor => RequireStrongFactorForStaff || RequireAuthenticatorForStaff;
}
