using CsvHelper;
using Portal.Domain.CaseSystem;

namespace Portal.App.Infrastructure.CaseSystem.CsvMaps;

/// <summary>Formats for <see cref="PaymentRecord"/>.</summary>
[CsvRecordMap(typeof(PaymentRecord))]
internal sealed partial class PaymentRecordMap
{
    [CsvFormat(SeedCsvFormats.Date)] public DateOnly ReceivedOn { get; set; }
    [CsvFormat(SeedCsvFormats.Date)] public DateOnly? DisbursedOn { get; set; }
    [CsvFormat(SeedCsvFormats.Date)] public DateOnly? AppliedOn { get; set; }
}
