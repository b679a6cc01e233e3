using CsvHelper;
using Portal.Domain.CaseSystem;

namespace Portal.App.Infrastructure.CaseSystem.CsvMaps;

/// <summary>Formats for <see cref="CaseRecord"/>, which lives in the domain and cannot carry CsvHelper attributes itself. The seed generator compiles these maps too, so files are written and read in one format.</summary>
[CsvRecordMap(typeof(CaseRecord))]
internal sealed partial class CaseRecordMap
{
    [CsvFormat(SeedCsvFormats.Date)] public DateOnly OpenedOn { get; set; }
    [CsvFormat(SeedCsvFormats.Date)] public DateOnly? ClosedOn { get; set; }

    // Files written before the indicator existed have no column (the parameter's default makes it optional); an empty field is false.
    [CsvDefault(false)] public bool FamilyViolence { get; set; }
}
