using CsvHelper;
using Portal.Domain.CaseSystem;

namespace Portal.App.Infrastructure.CaseSystem.CsvMaps;

/// <summary>Formats for <see cref="ParticipantRecord"/>.</summary>
[CsvRecordMap(typeof(ParticipantRecord))]
internal sealed partial class ParticipantRecordMap
{
    [CsvFormat(SeedCsvFormats.Date)] public DateOnly DateOfBirth { get; set; }
}
