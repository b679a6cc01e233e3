using System.Net.Mail;
using Microsoft.Extensions.Options;

namespace Portal.App.Infrastructure.Email;

/// <summary>Stops the start-up, naming the setting to fix, when email cannot work as configured.</summary>
public sealed class EmailOptionsValidator : IValidateOptions<EmailOptions>
{
    public ValidateOptionsResult Validate(string? name, EmailOptions options)
    {
        var problems = new List<string>();
        if (options.Provider is null)
        {
            problems.Add("Email:Provider is not set. Choose SendGrid or Smtp (Pickup writes messages to a folder, for development).");
        }
        if (!MailAddress.TryCreate(options.FromAddress, out _))
        {
            problems.Add("Email:FromAddress must be the address messages come from, e.g. portal@dcss.example.gov.");
        }
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
