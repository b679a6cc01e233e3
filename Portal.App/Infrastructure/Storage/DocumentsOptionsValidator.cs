using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Portal.App.Infrastructure.Storage;

/// <summary>
/// Stops the start-up, naming the setting to fix: the scanner's settings (data annotations do not reach a nested
/// object) and a storage folder that would put documents where the web server serves files.
/// </summary>
public sealed class DocumentsOptionsValidator : IValidateOptions<DocumentsOptions>
{
    public ValidateOptionsResult Validate(string? name, DocumentsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<ValidationResult>();
        Validator.TryValidateObject(options.Scanner, new ValidationContext(options.Scanner), problems, validateAllProperties: true);
        var messages = problems.Select(p => $"Documents:Scanner: {p.ErrorMessage}").ToList();
        var segments = (options.StorageFolder ?? string.Empty).Split(['/', '\\'], StringSplitOptions.RemoveEmptyEntries);
        if (segments.Any(s => s.Equals("wwwroot", StringComparison.OrdinalIgnoreCase)))
        {
            messages.Add("Documents:StorageFolder must be outside wwwroot: files there are served to anyone.");
        }
        return messages.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(messages);
    }
}
