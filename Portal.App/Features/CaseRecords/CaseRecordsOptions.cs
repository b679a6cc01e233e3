namespace Portal.App.Features.CaseRecords;

/// <summary>Configuration "CaseRecords": where the case system drops files of payments and case actions.</summary>
public sealed class CaseRecordsOptions
{
    public const string Section = "CaseRecords";

    /// <summary>The watched folder (relative to the app's folder); no folder is watched when empty.</summary>
    public string? ImportFolder { get; set; }
}
