using System.ComponentModel.DataAnnotations;
using Portal.Domain.Applications;

namespace Portal.App.Features.Cases.Shared.Applications;

/// <summary>Configuration "Applications": how long an unfinished application is kept, and when its reminders go.</summary>
public sealed class ApplicationsOptions : IValidatableObject
{
    public const string Section = "Applications";

    public TimeSpan Lifetime { get; set; } = ApplicationExpiry.Default.Lifetime;

    /// <summary>Days left before expiry at which the applicant is reminded, each once.</summary>
    public List<int> ReminderDaysLeft { get; set; } = [.. ApplicationExpiry.Default.ReminderDaysLeft];

    /// <summary>How often the reminders and the purge run.</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromHours(1);

    public ApplicationExpiry Expiry => new(Lifetime, ReminderDaysLeft);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Lifetime < TimeSpan.FromDays(1) || Lifetime > TimeSpan.FromDays(365))
            yield return new($"{Section}:Lifetime must be between 1 and 365 days.", [nameof(Lifetime)]);
        if (ReminderDaysLeft.Any(d => d < 1 || TimeSpan.FromDays(d) >= Lifetime))
            yield return new($"{Section}:ReminderDaysLeft must be whole days, at least 1 and less than the lifetime.", [nameof(ReminderDaysLeft)]);
        if (CheckInterval < TimeSpan.FromMinutes(1) || CheckInterval > TimeSpan.FromDays(1))
            yield return new($"{Section}:CheckInterval must be between a minute and a day.", [nameof(CheckInterval)]);
    }
}
