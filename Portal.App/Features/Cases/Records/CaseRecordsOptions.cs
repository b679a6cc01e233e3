using System.ComponentModel.DataAnnotations;

namespace Portal.App.Features.Cases.Records;

/// <summary>Configuration "CaseRecords": where the case system drops files of payments and case actions.</summary>
public sealed class CaseRecordsOptions : IValidatableObject
{
    public const string Section = "CaseRecords";

    /// <summary>The watched folder (relative to the app's folder); no folder is watched when empty.</summary>
    public string? ImportFolder { get; set; }

    /// <summary>
    /// A file is imported once it has not been written to for this long, so a file the case system writes in place
    /// (instead of renaming it in when complete) is not read half-written.
    /// </summary>
    public TimeSpan ImportSettleTime { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// After a round fails (the database cannot be written, say), the folder is looked at again after this long,
    /// and again until a round succeeds: a file dropped during an outage must not wait for the next file.
    /// </summary>
    public TimeSpan ImportRetryInterval { get; set; } = TimeSpan.FromSeconds(30);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ImportSettleTime < TimeSpan.Zero || ImportSettleTime > TimeSpan.FromMinutes(10))
        {
            yield return new ValidationResult("CaseRecords:ImportSettleTime must be between 00:00:00 and 00:10:00.", [nameof(ImportSettleTime)]);
        }
        if (ImportRetryInterval < TimeSpan.FromMilliseconds(100) || ImportRetryInterval > TimeSpan.FromHours(1))
        {
            yield return new ValidationResult("CaseRecords:ImportRetryInterval must be between 00:00:00.1 and 01:00:00.", [nameof(ImportRetryInterval)]);
        }
    }
}
