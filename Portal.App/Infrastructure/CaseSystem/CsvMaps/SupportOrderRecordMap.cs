using CsvHelper;
using Portal.Domain.CaseSystem;

namespace Portal.App.Infrastructure.CaseSystem.CsvMaps;

/// <summary>Formats for <see cref="SupportOrderRecord"/>.</summary>
[CsvRecordMap(typeof(SupportOrderRecord))]
internal sealed partial class SupportOrderRecordMap
{
    [CsvFormat(SeedCsvFormats.Date)] public DateOnly StartDate { get; set; }
    [CsvFormat(SeedCsvFormats.Date)] public DateOnly? EndDate { get; set; }
}
