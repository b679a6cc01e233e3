using Microsoft.Extensions.Options;

namespace Portal.App.Infrastructure.Security;

public sealed class SsnFingerprintOptionsValidator : IValidateOptions<SsnFingerprintOptions>
{
    public ValidateOptionsResult Validate(string? name, SsnFingerprintOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Key)) return ValidateOptionsResult.Skip; // [Required] reports it
        try
        {
            return options.KeyBytes().Length >= 32
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail("SsnFingerprint:Key must decode to at least 32 bytes.");
        }
        catch (FormatException)
        {
            return ValidateOptionsResult.Fail("SsnFingerprint:Key is not valid base64.");
        }
    }
}
