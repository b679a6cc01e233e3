using CsvHelper;
using Portal.Domain.CaseSystem;

namespace Portal.App.Infrastructure.CaseSystem.CsvMaps;

/// <summary>Formats for <see cref="CaseActionRecord"/>: ISO 8601 with the Arizona offset.</summary>
[CsvRecordMap(typeof(CaseActionRecord))]
internal sealed partial class CaseActionRecordMap
{
    [CsvFormat(SeedCsvFormats.DateTimeWithOffset)] public DateTimeOffset OccurredAt { get; set; }
}
