using CsvHelper;
using Portal.Domain.CaseSystem;

namespace Portal.App.Infrastructure.Data.Seeding;

// CsvHelper generates the readers of these Domain records at compile time; the Domain itself stays free of packages.
[CsvRecordMap(typeof(CaseRecord))] internal sealed partial class CaseRecordCsvMap;
[CsvRecordMap(typeof(ParticipantRecord))] internal sealed partial class ParticipantRecordCsvMap;
[CsvRecordMap(typeof(SupportOrderRecord))] internal sealed partial class SupportOrderRecordCsvMap;
[CsvRecordMap(typeof(PaymentRecord))] internal sealed partial class PaymentRecordCsvMap;
[CsvRecordMap(typeof(CaseActionRecord))] internal sealed partial class CaseActionRecordCsvMap;
[CsvRecordMap(typeof(OfficeRecord))] internal sealed partial class OfficeRecordCsvMap;
