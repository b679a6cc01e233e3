using Portal.Domain.Accounts;

namespace Portal.App.Infrastructure.Identity;

/// <summary>
/// Configuration "Accounts:Password": which password rules apply. <see cref="Preset"/> picks the Division's
/// published rule or NIST SP 800-63B; any of the other keys overrides that one part of the preset.
/// </summary>
public sealed class PasswordPolicyOptions
{
    public const string Section = "Accounts:Password";

    public PasswordPreset Preset { get; set; } = PasswordPreset.Arizona;

    public int? MinLength { get; set; }
    public int? MaxLength { get; set; }
    public bool? RequireUppercase { get; set; }
    public bool? RequireLowercase { get; set; }
    public bool? RequireDigit { get; set; }
    public bool? RequireSymbol { get; set; }

    /// <summary>The preset with the overrides applied.</summary>
    public PasswordRules ToRules()
    {
        var preset = Preset == PasswordPreset.Nist ? PasswordRules.Nist : PasswordRules.Arizona;
        return new PasswordRules(
            MinLength ?? preset.MinLength,
            MaxLength ?? preset.MaxLength,
            RequireUppercase ?? preset.RequireUppercase,
            RequireLowercase ?? preset.RequireLowercase,
            RequireDigit ?? preset.RequireDigit,
            RequireSymbol ?? preset.RequireSymbol);
    }
}
