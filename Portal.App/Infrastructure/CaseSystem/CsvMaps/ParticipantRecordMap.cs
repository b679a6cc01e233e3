using CsvHelper;
using Portal.Domain.CaseSystem;

namespace Portal.App.Infrastructure.CaseSystem.CsvMaps;

/// <summary>Formats for <see cref="ParticipantRecord"/>.</summary>
[CsvRecordMap(typeof(ParticipantRecord))]
internal sealed partial class ParticipantRecordMap
{
    [CsvFormat(SeedCsvFormats.Date)] public DateOnly DateOfBirth { get; set; }

    // Files written before the indicator existed have no column (the parameter's default makes it optional); an empty field is false.
    [CsvDefault(false)] public bool FamilyViolence { get; set; }
}
