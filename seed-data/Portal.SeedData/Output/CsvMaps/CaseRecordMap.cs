using CsvHelper;
using Portal.Domain.CaseSystem;

namespace Portal.SeedData.Output.CsvMaps;

/// <summary>Formats for <see cref="CaseRecord"/>, which lives in the domain and cannot carry CsvHelper attributes itself.</summary>
[CsvRecordMap(typeof(CaseRecord))]
internal sealed partial class CaseRecordMap
{
    [CsvFormat(SeedCsvFormats.Date)] public DateOnly OpenedOn { get; set; }
    [CsvFormat(SeedCsvFormats.Date)] public DateOnly? ClosedOn { get; set; }
}
