using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using Portal.App.Features.Cases.Shared;
using Portal.App.Features.Cases.Shared.Forms;
using Portal.Domain.Cases;
using Portal.Domain.Forms;
using Portal.Domain.Payments;
using Portal.App.Features.Staff.CaseView;
using Portal.App.Features.Staff.Search;
using Portal.App.Features.Staff.Shared;

namespace Portal.App.Features.Staff.Audit;

/// <summary>
/// An audit entry's detail as a supervisor reads it, in their language. The log stores each detail once, language-
/// neutral, in the shapes its writers give it (<see cref="StaffCaseRecording"/>, <see cref="StaffAccountSupport"/>,
/// <see cref="StaffSearchAuditDetail"/>, <see cref="StaffPaymentHistory.Describe"/>, the forms' "{kind} {reference}[: {status}]");
/// this reads those shapes back and says them in plain words: "Direct payment", not "DirectPayment", and no internal
/// record ids. A detail in no known shape (an older entry) is shown as stored rather than hidden.
/// </summary>
public static partial class StaffAuditDetailText
{
    public static string? Describe(StaffAuditAction action, string? detail, IStringLocalizer<StaffText> text, IStringLocalizer<DashboardText> dashboard,
        IStringLocalizer<SignedFormText>? forms = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(dashboard);
        if (string.IsNullOrEmpty(detail)) return detail;
        return action switch
        {
            StaffAuditAction.PaymentRecorded => PaymentRecorded(detail, text, dashboard),
            StaffAuditAction.CaseActionRecorded => CaseActionRecorded(detail, text, dashboard),
            StaffAuditAction.PhonePinChecked or StaffAuditAction.VerificationEmailResent => Outcome(detail, text),
            StaffAuditAction.CasesSearched => CasesSearched(detail, text, dashboard),
            StaffAuditAction.PaymentHistoryDownloaded or StaffAuditAction.PaymentHistoryPrinted => PaymentHistory(detail, text, dashboard),
            StaffAuditAction.FormOpened or StaffAuditAction.FormStatusChanged or StaffAuditAction.FormPdfOpened or StaffAuditAction.BankAccountRevealed
                when forms is not null => SignedForm(detail, text, forms),
            _ => null,
        } ?? detail;
    }

    private static string? PaymentRecorded(string detail, IStringLocalizer<StaffText> text, IStringLocalizer<DashboardText> dashboard)
    {
        var match = PaymentRecordedShape().Match(detail);
        if (!match.Success || !Enum.TryParse<PaymentSource>(match.Groups["source"].Value, out var source)
            || !decimal.TryParse(match.Groups["amount"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount)
            || Date(match.Groups["date"].Value) is not { } received) return null;
        return text["AuditDetail_PaymentRecorded", match.Groups["receipt"].Value, DashboardFormat.Money(Money.Dollars(amount)),
            DashboardFormat.Date(dashboard, received), dashboard[$"Source_{source}"]].Value;
    }

    private static string? CaseActionRecorded(string detail, IStringLocalizer<StaffText> text, IStringLocalizer<DashboardText> dashboard)
    {
        // The action's external id is left out: it only finds the record in the database, which a supervisor does not read.
        var match = CaseActionRecordedShape().Match(detail);
        if (!match.Success || !Enum.TryParse<CaseActionType>(match.Groups["type"].Value, out var type) || Date(match.Groups["date"].Value) is not { } on) return null;
        return text["AuditDetail_CaseActionRecorded", dashboard[$"Action_{type}"], DashboardFormat.Date(dashboard, on)].Value;
    }

    private static string? Outcome(string detail, IStringLocalizer<StaffText> text) => detail switch
    {
        StaffAccountSupport.Match => text["AuditDetail_PinMatched"].Value,
        StaffAccountSupport.NoMatch => text["AuditDetail_PinDidNotMatch"].Value,
        StaffAccountSupport.Refused => text["AuditDetail_PinAttemptsExhausted"].Value,
        StaffAccountSupport.RefusedTooSoon => text["AuditDetail_VerificationEmailTooSoon"].Value,
        _ => null,
    };

    private static string? CasesSearched(string detail, IStringLocalizer<StaffText> text, IStringLocalizer<DashboardText> dashboard)
    {
        var match = CasesSearchedShape().Match(detail);
        if (!match.Success) return null;
        var words = new StringBuilder(text["AuditDetail_CasesFound", match.Groups["count"].Value, match.Groups["page"].Value].Value);
        if (match.Groups["case"].Success && CaseNumber.TryParse(match.Groups["case"].Value, out var caseNumber))
            words.Append("; ").Append(text["AuditDetail_SearchedCase", DashboardFormat.CaseNumberForReading(caseNumber)].Value);
        if (match.Groups["ssn"].Success) words.Append("; ").Append(text["AuditDetail_SearchedSsn", match.Groups["ssn"].Value].Value);
        if (match.Groups["born"].Success && Date(match.Groups["born"].Value) is { } born)
            words.Append("; ").Append(text["AuditDetail_SearchedBorn", DashboardFormat.Date(dashboard, born)].Value);
        // The name may have been cut at the detail's maximum length, closing quote and all.
        if (match.Groups["name"].Success) words.Append("; ").Append(text["AuditDetail_SearchedName", match.Groups["name"].Value.TrimEnd('"')].Value);
        return words.ToString();
    }

    private static string? PaymentHistory(string detail, IStringLocalizer<StaffText> text, IStringLocalizer<DashboardText> dashboard)
    {
        var match = PaymentHistoryShape().Match(detail);
        if (!match.Success) return null;
        string? Day(string group) => match.Groups[group].Success && Date(match.Groups[group].Value) is { } day ? DashboardFormat.Date(dashboard, day) : null;
        var dates = (Day("from") ?? Day("start"), Day("to") ?? Day("end")) switch
        {
            (null, null) => text["AuditDetail_AllDates"].Value,
            ({ } from, null) => text["AuditDetail_FromDate", from].Value,
            (null, { } to) => text["AuditDetail_UpToDate", to].Value,
            ({ } from, { } to) => text["AuditDetail_DateRange", from, to].Value,
        };
        return text["AuditDetail_PaymentHistory", dates, match.Groups["count"].Value].Value;
    }

    private static string? SignedForm(string detail, IStringLocalizer<StaffText> text, IStringLocalizer<SignedFormText> forms)
    {
        var match = SignedFormShape().Match(detail);
        if (!match.Success || !Enum.TryParse<FormKind>(match.Groups["kind"].Value, out var kind)) return null;
        var reference = match.Groups["reference"].Value;
        if (!match.Groups["status"].Success) return text["AuditDetail_Form", forms[$"FormKind_{kind}"], reference].Value;
        return Enum.TryParse<FormStatus>(match.Groups["status"].Value, out var status)
            ? text["AuditDetail_FormStatus", forms[$"FormKind_{kind}"], reference, forms[$"FormStatus_{status}"]].Value
            : null;
    }

    private static DateOnly? Date(string iso) =>
        DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    // StaffCaseRecording: "Receipt {receipt}: {amount:0.00} received {yyyy-MM-dd} ({source})".
    [GeneratedRegex(@"^Receipt (?<receipt>.+): (?<amount>\d+\.\d{2}) received (?<date>\d{4}-\d{2}-\d{2}) \((?<source>\w+)\)$")]
    private static partial Regex PaymentRecordedShape();

    // StaffCaseRecording: "{type} on {yyyy-MM-dd} ({external id})".
    [GeneratedRegex(@"^(?<type>\w+) on (?<date>\d{4}-\d{2}-\d{2}) \(.*\)$")]
    private static partial Regex CaseActionRecordedShape();

    // StaffSearchAuditDetail: "{n} found; page {p}[; case {digits}][; SSN ***-**-{4}][; born {yyyy-MM-dd}][; name "{words}"]".
    [GeneratedRegex(@"^(?<count>\d+) found; page (?<page>\d+)(?:; case (?<case>\d+))?(?:; SSN (?<ssn>\*\*\*-\*\*-\d{4}))?(?:; born (?<born>\d{4}-\d{2}-\d{2}))?(?:; name ""(?<name>.*))?$")]
    private static partial Regex CasesSearchedShape();

    // StaffForms.Describe: "{kind} {reference}[: {status}]".
    [GeneratedRegex(@"^(?<kind>\w+) (?<reference>F-[0-9A-Z]{4}-[0-9A-Z]{4})(?:: (?<status>\w+))?$")]
    private static partial Regex SignedFormShape();

    // StaffPaymentHistory.Describe: "{all dates | from D | up to D | D to D}; {n} payments".
    [GeneratedRegex(@"^(?:all dates|from (?<from>\S+)|up to (?<to>\S+)|(?<start>\S+) to (?<end>\S+)); (?<count>\d+) payments$")]
    private static partial Regex PaymentHistoryShape();
}
