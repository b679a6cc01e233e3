namespace Portal.App.Infrastructure.CaseSystem.CsvMaps;

/// <summary>The text formats of dates and times in the seed files.</summary>
internal static class SeedCsvFormats
{
    public const string Date = "yyyy-MM-dd";
    public const string DateTimeWithOffset = "yyyy-MM-dd'T'HH:mm:sszzz";
    public const string Time = "HH:mm";
}
