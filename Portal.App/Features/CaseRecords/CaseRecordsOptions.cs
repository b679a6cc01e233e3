namespace Portal.App.Features.CaseRecords;

/// <summary>Configuration "CaseRecords": where the case system drops files of payments and case actions.</summary>
public sealed class CaseRecordsOptions
{
    public const string Section = "CaseRecords";

    /// <summary>The watched folder (relative to the app's folder); no folder is watched when empty.</summary>
    public string? ImportFolder { get; set; }

    /// <summary>
    /// A file is imported once it has not been written to for this long, so a file the case system writes in place
    /// (instead of renaming it in when complete) is not read half-written.
    /// </summary>
    public TimeSpan ImportSettleTime { get; set; } = TimeSpan.FromSeconds(2);
}
