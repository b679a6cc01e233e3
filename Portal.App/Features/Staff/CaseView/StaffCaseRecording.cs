using System.Globalization;
using System.Security.Cryptography;
using System.Security.Claims;
using Portal.App.Features.Cases.Records;
using Portal.Domain;
using Portal.Domain.Cases;
using Portal.Domain.Payments;
using Portal.App.Features.Staff.Audit;
using Portal.App.Features.Staff.Shared;

using Portal.App.Features.Cases.Shared;

namespace Portal.App.Features.Staff.CaseView;

/// <summary>
/// A caseworker records a payment or a case action. It goes through <see cref="CaseRecordWriter"/>, the same way
/// as an imported record, so it reaches the parents' open dashboards the same way; the audit entry is saved in the
/// same transaction.
/// </summary>
public sealed partial class StaffCaseRecording(CaseRecordWriter writer, StaffAccess access, StaffAuditLog audit, TimeProvider time, ILogger<StaffCaseRecording> logger)
{
    public const int DescriptionMaxLength = 500;

    public async Task<StaffRecordingResult> RecordPaymentAsync(ClaimsPrincipal user, CaseNumber caseNumber, StaffPaymentEntry entry, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var staff = await access.RequireAsync(user);
        var problems = Check(entry, ArizonaTime.Today(time));
        if (problems.Count > 0) return new StaffRecordingResult(problems);

        var receipt = NewReceiptNumber();
        var record = new NewPayment(caseNumber.Digits, receipt, entry.ReceivedOn!.Value, entry.Amount!.Value, entry.Source!.Value);
        var detail = string.Create(CultureInfo.InvariantCulture, $"Receipt {receipt}: {entry.Amount:0.00} received {entry.ReceivedOn:yyyy-MM-dd} ({entry.Source})");
        var outcome = await writer.RecordPaymentAsync(record,
            (db, _) => { audit.Add(db, staff, caseNumber.Digits, StaffAuditAction.PaymentRecorded, detail); return Task.CompletedTask; }, ct);
        return Result(outcome);
    }

    public async Task<StaffRecordingResult> RecordCaseActionAsync(ClaimsPrincipal user, CaseNumber caseNumber, StaffCaseActionEntry entry, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var staff = await access.RequireAsync(user);
        var problems = Check(entry, ArizonaTime.Today(time));
        if (problems.Count > 0) return new StaffRecordingResult(problems);

        var externalId = "staff-" + Guid.NewGuid().ToString("N");
        var record = new NewCaseAction(caseNumber.Digits, externalId, OccurredAt(entry.OccurredOn!.Value), entry.Type!.Value, entry.Description!.Trim());
        // The description is free text and may name people: the audit keeps only the kind and the date.
        var detail = string.Create(CultureInfo.InvariantCulture, $"{entry.Type} on {entry.OccurredOn:yyyy-MM-dd} ({externalId})");
        var outcome = await writer.RecordCaseActionAsync(record,
            (db, _) => { audit.Add(db, staff, caseNumber.Digits, StaffAuditAction.CaseActionRecorded, detail); return Task.CompletedTask; }, ct);
        return Result(outcome);
    }

    public static IReadOnlyList<StaffEntryProblem> Check(StaffPaymentEntry entry, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var problems = new List<StaffEntryProblem>();
        if (entry.Amount is not { } amount) problems.Add(StaffEntryProblem.AmountMissing);
        else if (amount <= 0m) problems.Add(StaffEntryProblem.AmountNotPositive);
        else if (decimal.Round(amount, 2) != amount) problems.Add(StaffEntryProblem.AmountTooPrecise);
        else if (amount > 1_000_000m) problems.Add(StaffEntryProblem.AmountTooLarge);
        AddDateProblem(problems, entry.ReceivedOn, today);
        if (entry.Source is not { } source || !Enum.IsDefined(source)) problems.Add(StaffEntryProblem.SourceUnknown);
        return problems;
    }

    public static IReadOnlyList<StaffEntryProblem> Check(StaffCaseActionEntry entry, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var problems = new List<StaffEntryProblem>();
        if (entry.Type is not { } type || !Enum.IsDefined(type)) problems.Add(StaffEntryProblem.TypeUnknown);
        AddDateProblem(problems, entry.OccurredOn, today);
        if (string.IsNullOrWhiteSpace(entry.Description)) problems.Add(StaffEntryProblem.DescriptionMissing);
        else if (entry.Description.Trim().Length > DescriptionMaxLength) problems.Add(StaffEntryProblem.DescriptionTooLong);
        return problems;
    }

    private static void AddDateProblem(List<StaffEntryProblem> problems, DateOnly? date, DateOnly today)
    {
        if (date is null) problems.Add(StaffEntryProblem.DateMissing);
        else if (date > today) problems.Add(StaffEntryProblem.DateInFuture);
        else if (date < SaneDates.Earliest) problems.Add(StaffEntryProblem.DateTooEarly);
    }

    /// <summary>Today's action happened now; an earlier day's at noon Arizona time (the hour is not known).</summary>
    private DateTimeOffset OccurredAt(DateOnly day)
    {
        var now = ArizonaTime.From(time.GetUtcNow());
        return day == DateOnly.FromDateTime(now.DateTime) ? now : new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), ArizonaTime.Offset);
    }

    /// <summary>"S" and 12 random digits: unlike the state's "R" receipts, so a staff entry is recognisable.</summary>
    private static string NewReceiptNumber() =>
        "S" + RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture)
            + RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);

    private StaffRecordingResult Result(RecordResult result)
    {
        if (result is RecordResult.Recorded) return StaffRecordingResult.Recorded;
        LogNotRecorded(result.GetType().Name);
        return new StaffRecordingResult([StaffEntryProblem.NotRecorded]);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A staff entry was not recorded: {Result}")]
    private partial void LogNotRecorded(string result);
}
