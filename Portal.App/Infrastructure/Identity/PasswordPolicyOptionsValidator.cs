using Microsoft.Extensions.Options;

namespace Portal.App.Infrastructure.Identity;

/// <summary>Refuses to start with password rules that cannot be met (a maximum below the minimum, ...).</summary>
public sealed class PasswordPolicyOptionsValidator : IValidateOptions<PasswordPolicyOptions>
{
    public ValidateOptionsResult Validate(string? name, PasswordPolicyOptions options)
    {
        if (!Enum.IsDefined(options.Preset)) return ValidateOptionsResult.Fail($"{PasswordPolicyOptions.Section}:Preset must be Arizona or Nist.");
        var problems = options.ToRules().Problems();
        return problems.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(problems.Select(p => $"{PasswordPolicyOptions.Section}: {p}"));
    }
}
