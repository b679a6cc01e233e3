using Microsoft.Extensions.Options;

namespace Portal.App.Infrastructure.Email.Smtp;

public sealed class SmtpOptionsValidator : IValidateOptions<SmtpOptions>
{
    public ValidateOptionsResult Validate(string? name, SmtpOptions options) =>
        string.IsNullOrWhiteSpace(options.Host) ? ValidateOptionsResult.Fail("Email:Smtp:Host is not set: name the SMTP relay, or choose another Email:Provider.")
        : options.Port is < 1 or > 65535 ? ValidateOptionsResult.Fail("Email:Smtp:Port must be between 1 and 65535.")
        : ValidateOptionsResult.Success;
}
