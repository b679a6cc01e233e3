using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Portal.Domain.Cases;
using Portal.Domain.Payments;

using Portal.App.Features.Cases.Shared;
using Portal.App.Infrastructure.CaseSystem.Changes;

namespace Portal.App.Features.Cases.Records;

/// <summary>
/// Imports payments and case actions from the case system's files (formats: README, "Dashboard"). Each row stands
/// alone: a good row is recorded through <see cref="CaseRecordWriter"/> (and so published to live dashboards), a
/// bad row is reported with its reason, a row already recorded is reported as a duplicate. A JSON file may also carry
/// the case system's answers to the contact-detail changes the portal sent it (<see cref="CaseSystemChanges"/>).
/// </summary>
public sealed class CaseRecordImporter(CaseRecordWriter writer, CaseSystemChanges changes)
{
    public const string PaymentsSection = "payments";
    public const string CaseActionsSection = "caseActions";
    public const string AcknowledgementsSection = "changeAcknowledgements";

    /// <summary>The most one row (a CSV record, a JSON entry) may take: a payment or case action is a few hundred bytes.</summary>
    public const int MaxRowSize = 1024 * 1024;

    /// <summary>The file's problem when a row exceeds <see cref="MaxRowSize"/>.</summary>
    public const string RowTooLarge = "The file holds a row larger than 1 MB; a payment or case action is far smaller.";

    private static readonly string[] PaymentColumns = ["CaseNumber", "ReceiptNumber", "ReceivedOn", "Amount", "Source", "Status", "DisbursedOn",
        "AppliedOn", "AppliedToCurrent", "AppliedToArrears", "DisbursementMethod", "DisbursedToLast4", "ProcessorReference"];
    private static readonly string[] CaseActionColumns = ["CaseNumber", "ExternalId", "OccurredAt", "Type", "Description"];

    public static ImportFormat? FormatOf(string fileName)
    {
        var name = Path.GetFileName(fileName);
        if (name.EndsWith(".payments.csv", StringComparison.OrdinalIgnoreCase)) return ImportFormat.PaymentsCsv;
        if (name.EndsWith(".case-actions.csv", StringComparison.OrdinalIgnoreCase)) return ImportFormat.CaseActionsCsv;
        if (name.EndsWith(".json", StringComparison.OrdinalIgnoreCase)) return ImportFormat.Json;
        return null;
    }

    /// <summary>
    /// Imports <paramref name="content"/> row by row. With <paramref name="reportCsv"/> each row's result is written
    /// there as it happens and not kept (the watched folder's report file); without, the report keeps them.
    /// </summary>
    public async Task<ImportReport> ImportAsync(Stream content, ImportFormat format, string source, TextWriter? reportCsv = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var report = new ImportReport(source, reportCsv);
        string? problem;
        try
        {
            problem = await ReadAsync(content, format, report, ct);
        }
        catch (InvalidDataException ex)
        {
            problem = ex.Message + RowsBefore(report);
        }
        if (problem is not null) await report.FailAsync(problem, ct);
        await report.CompleteAsync(ct);
        return report;
    }

    /// <summary>Records the rows into <paramref name="report"/>; returns why the file could not be read (further), if so.</summary>
    private async Task<string?> ReadAsync(Stream content, ImportFormat format, ImportReport report, CancellationToken ct)
    {
        switch (format)
        {
            case ImportFormat.Json:
                // Entry by entry as the file is read, like the CSV files. Where the file stops being JSON the rows
                // before that point are already recorded (as when a CSV file is cut short): the report keeps them
                // and says where the file broke.
                try
                {
                    await foreach (var (arrayName, row, fields) in JsonImportRows.ReadAsync(content, ct))
                    {
                        string? Field(string name) => Property(fields, name);
                        await report.AddAsync(arrayName switch
                        {
                            PaymentsSection => await PaymentAsync(arrayName, row, Field, ct),
                            CaseActionsSection => await CaseActionAsync(arrayName, row, Field, ct),
                            _ => await AcknowledgementAsync(arrayName, row, Field, ct),
                        }, ct);
                    }
                }
                catch (JsonException ex)
                {
                    return $"The file is not valid JSON (line {ex.LineNumber + 1}).{RowsBefore(report)}";
                }
                return null;
            case ImportFormat.PaymentsCsv:
            case ImportFormat.CaseActionsCsv:
                var isPayments = format == ImportFormat.PaymentsCsv;
                var section = isPayments ? PaymentsSection : CaseActionsSection;
                using (var reader = new StreamReader(content))
                {
                    // Record by record as the file is read, never the whole file in memory: a 60 MB file once took
                    // the process to about 1 GB when its rows were listed first.
                    using var rows = CsvRows.Read(reader).GetEnumerator();
                    if (!rows.MoveNext()) return "The file is empty: it needs a header row.";
                    var header = rows.Current.Fields.Select(h => h.Trim()).ToList();
                    var missing = (isPayments ? PaymentColumns.Take(5) : CaseActionColumns).Where(c => !header.Contains(c, StringComparer.OrdinalIgnoreCase)).ToList();
                    if (missing.Count > 0) return $"The header row lacks the column(s) {string.Join(", ", missing)}.";
                    while (rows.MoveNext())
                    {
                        var (line, values) = rows.Current;
                        string? Field(string name)
                        {
                            var index = header.FindIndex(h => string.Equals(h, name, StringComparison.OrdinalIgnoreCase));
                            return index >= 0 && index < values.Count ? values[index] : null;
                        }
                        await report.AddAsync(isPayments ? await PaymentAsync(section, line, Field, ct) : await CaseActionAsync(section, line, Field, ct), ct);
                    }
                }
                return null;
            default:
                throw new ArgumentOutOfRangeException(nameof(format));
        }
    }

    private async Task<ImportRowResult> PaymentAsync(string section, int row, Func<string, string?> field, CancellationToken ct)
    {
        var receipt = Text(field("ReceiptNumber"));
        if (Text(field("CaseNumber")) is not { } caseNumber) return Rejected(section, row, receipt, "CaseNumber is missing.");
        if (receipt is null) return Rejected(section, row, null, "ReceiptNumber is missing.");
        if (!TryDate(field("ReceivedOn"), out var receivedOn)) return Rejected(section, row, receipt, "ReceivedOn is not a date (yyyy-MM-dd).");
        // Read with its sign so a negative amount gets its own message (from the writer) rather than "not a number".
        if (!decimal.TryParse(Text(field("Amount")), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var amount)) return Rejected(section, row, receipt, "Amount is not a number (like 250.00).");
        if (!TryEnum<PaymentSource>(field("Source"), out var paymentSource)) return Rejected(section, row, receipt, $"Source is not one of {string.Join(", ", Enum.GetNames<PaymentSource>())}.");
        var status = PaymentStatus.Received;
        if (Text(field("Status")) is not null && !TryEnum(field("Status"), out status)) return Rejected(section, row, receipt, $"Status is not one of {string.Join(", ", Enum.GetNames<PaymentStatus>())}.");
        if (!TryOptionalDate(field("DisbursedOn"), out var disbursedOn)) return Rejected(section, row, receipt, "DisbursedOn is not a date (yyyy-MM-dd).");
        if (!TryOptionalDate(field("AppliedOn"), out var appliedOn)) return Rejected(section, row, receipt, "AppliedOn is not a date (yyyy-MM-dd).");
        if (!TryOptionalAmount(field("AppliedToCurrent"), out var toCurrent)) return Rejected(section, row, receipt, "AppliedToCurrent is not a number (like 250.00).");
        if (!TryOptionalAmount(field("AppliedToArrears"), out var toArrears)) return Rejected(section, row, receipt, "AppliedToArrears is not a number (like 250.00).");
        DisbursementMethod? method = null;
        if (Text(field("DisbursementMethod")) is not null)
        {
            if (!TryEnum<DisbursementMethod>(field("DisbursementMethod"), out var parsed)) return Rejected(section, row, receipt, $"DisbursementMethod is not one of {string.Join(", ", Enum.GetNames<DisbursementMethod>())}.");
            method = parsed;
        }
        var record = new NewPayment(caseNumber, receipt, receivedOn, amount, paymentSource, status, disbursedOn)
        {
            AppliedOn = appliedOn,
            AppliedToCurrent = toCurrent,
            AppliedToArrears = toArrears,
            DisbursementMethod = method,
            DisbursedToLast4 = Text(field("DisbursedToLast4")),
            ProcessorReference = Text(field("ProcessorReference")),
        };
        var outcome = await writer.RecordPaymentAsync(record, ct: ct);
        return Result(section, row, receipt, outcome);
    }

    private async Task<ImportRowResult> CaseActionAsync(string section, int row, Func<string, string?> field, CancellationToken ct)
    {
        var externalId = Text(field("ExternalId"));
        if (Text(field("CaseNumber")) is not { } caseNumber) return Rejected(section, row, externalId, "CaseNumber is missing.");
        if (externalId is null) return Rejected(section, row, null, "ExternalId is missing.");
        if (!DateTimeOffset.TryParseExact(Text(field("OccurredAt")), ["yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd'T'HH:mm:ss'Z'"], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var occurredAt))
        {
            return Rejected(section, row, externalId, "OccurredAt is not a date and time with its offset (like 2026-11-20T10:15:00-07:00).");
        }
        if (!TryEnum<CaseActionType>(field("Type"), out var type)) return Rejected(section, row, externalId, $"Type is not one of {string.Join(", ", Enum.GetNames<CaseActionType>())}.");
        var description = Text(field("Description")) ?? string.Empty;
        var outcome = await writer.RecordCaseActionAsync(new NewCaseAction(caseNumber, externalId, occurredAt, type, description), ct: ct);
        return Result(section, row, externalId, outcome);
    }

    private async Task<ImportRowResult> AcknowledgementAsync(string section, int row, Func<string, string?> field, CancellationToken ct)
    {
        var id = Text(field("changeId"));
        if (id is null) return Rejected(section, row, null, "changeId is missing.");
        if (!Guid.TryParse(id, out var changeId)) return Rejected(section, row, Shorten(id), "changeId is not a change id (a GUID).");
        var result = Text(field("result"));
        var accepted = string.Equals(result, "Accepted", StringComparison.OrdinalIgnoreCase);
        if (!accepted && !string.Equals(result, "Rejected", StringComparison.OrdinalIgnoreCase)) return Rejected(section, row, id, "result is not Accepted or Rejected.");
        var reason = Text(field("reason"));
        if (!accepted && reason is null) return Rejected(section, row, id, "A rejection needs its reason.");
        if (!DateTimeOffset.TryParse(Text(field("acknowledgedAt")), CultureInfo.InvariantCulture, DateTimeStyles.None, out var acknowledgedAt))
        {
            return Rejected(section, row, id, "acknowledgedAt is not a date and time with its offset (like 2026-12-06T09:30:00-07:00).");
        }
        return await changes.RecordAsync(new CaseSystemAcknowledgement(changeId, accepted, reason, acknowledgedAt), ct) switch
        {
            AcknowledgementResult.Recorded => new(section, row, id, ImportRowStatus.Accepted),
            AcknowledgementResult.Duplicate => new(section, row, id, ImportRowStatus.Duplicate, "This change was already answered the same way."),
            AcknowledgementResult.UnknownChange => Rejected(section, row, id, "No change has this id."),
            AcknowledgementResult.Conflicting => Rejected(section, row, id, "This change was already answered the other way; the first answer stands."),
            _ => throw new UnreachableException(),
        };
    }

    // An id that is not one goes into the report, but no longer than an id would be.
    private static string Shorten(string text) => text.Length > 40 ? text[..40] : text;

    private static string RowsBefore(ImportReport report) =>
        report.RowCount == 0 ? "" : " The rows before it were read and are reported above.";

    private static string? Property(JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object) return null;
        foreach (var property in element.EnumerateObject())
        {
            if (!string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase)) continue;
            return property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString(),
                JsonValueKind.Number => property.Value.GetRawText(),
                JsonValueKind.Null or JsonValueKind.Undefined => null,
                _ => property.Value.GetRawText(),
            };
        }
        return null;
    }

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static bool TryDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(Text(text), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>An empty field is no date (true, null); anything else must be one.</summary>
    private static bool TryOptionalDate(string? text, out DateOnly? date)
    {
        date = null;
        if (Text(text) is null) return true;
        if (!TryDate(text, out var parsed)) return false;
        date = parsed;
        return true;
    }

    private static bool TryOptionalAmount(string? text, out decimal? amount)
    {
        amount = null;
        if (Text(text) is null) return true;
        if (!decimal.TryParse(Text(text), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed)) return false;
        amount = parsed;
        return true;
    }

    // Names only: Enum.TryParse would also take "3" or "1,2".
    private static bool TryEnum<T>(string? text, out T value) where T : struct, Enum
    {
        value = default;
        var name = Text(text);
        var match = name is null ? null : Enum.GetNames<T>().FirstOrDefault(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
        return match is not null && Enum.TryParse(match, out value);
    }

    private static ImportRowResult Rejected(string section, int row, string? externalId, string reason) =>
        new(section, row, externalId, ImportRowStatus.Rejected, reason);

    private static ImportRowResult Result(string section, int row, string externalId, RecordResult result) => result switch
    {
        RecordResult.Recorded => new(section, row, externalId, ImportRowStatus.Accepted),
        RecordResult.Updated => new(section, row, externalId, ImportRowStatus.Updated),
        RecordResult.Duplicate => new(section, row, externalId, ImportRowStatus.Duplicate, "Already recorded (same external id)."),
        RecordResult.Rejected rejected => new(section, row, externalId, ImportRowStatus.Rejected, rejected.Problem),
        _ => throw new UnreachableException(),
    };
}
