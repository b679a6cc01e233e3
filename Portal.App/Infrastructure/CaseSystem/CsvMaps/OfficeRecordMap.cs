using CsvHelper;
using Portal.Domain.CaseSystem;

namespace Portal.App.Infrastructure.CaseSystem.CsvMaps;

/// <summary>Formats for <see cref="OfficeRecord"/>.</summary>
[CsvRecordMap(typeof(OfficeRecord))]
internal sealed partial class OfficeRecordMap
{
    [CsvFormat(SeedCsvFormats.Time)] public TimeOnly OpensAt { get; set; }
    [CsvFormat(SeedCsvFormats.Time)] public TimeOnly ClosesAt { get; set; }
}
