using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.App.Features.Cases.Shared;
using Portal.App.Infrastructure.Data;
using Portal.Domain.Cases;
using Portal.App.Features.Staff.Shared;

namespace Portal.App.Features.Staff.CaseView;

/// <summary>
/// A case's payment history for a staff member to download or print: the parent dashboard's query, staff access
/// instead of the parent's, and an audit entry (with the range) saved before a single row is handed out.
/// </summary>
public sealed class StaffPaymentHistory(IDbContextFactory<PortalDbContext> dbFactory, StaffAccess access, StaffAuditLog audit, CaseDashboards dashboards)
{
    /// <summary>The payments of the range for the CSV download; null when no case has this number (nothing is audited then).</summary>
    public Task<IReadOnlyList<PaymentRow>?> DownloadAsync(ClaimsPrincipal user, CaseNumber caseNumber, PaymentRange range, CancellationToken ct = default) =>
        LoadAsync(user, caseNumber, range, StaffAuditAction.PaymentHistoryDownloaded, ct);

    /// <summary>The payments of the range for the print view; null when no case has this number (nothing is audited then).</summary>
    public Task<IReadOnlyList<PaymentRow>?> PrintAsync(ClaimsPrincipal user, CaseNumber caseNumber, PaymentRange range, CancellationToken ct = default) =>
        LoadAsync(user, caseNumber, range, StaffAuditAction.PaymentHistoryPrinted, ct);

    /// <summary>The audit detail: the range as asked (ISO dates, open ends said so) and how many payments were handed out.</summary>
    public static string Describe(PaymentRange range, int paymentCount)
    {
        var dates = range switch
        {
            { From: null, To: null } => "all dates",
            { From: { } from, To: null } => string.Create(CultureInfo.InvariantCulture, $"from {from:yyyy-MM-dd}"),
            { From: null, To: { } to } => string.Create(CultureInfo.InvariantCulture, $"up to {to:yyyy-MM-dd}"),
            { From: { } from, To: { } to } => string.Create(CultureInfo.InvariantCulture, $"{from:yyyy-MM-dd} to {to:yyyy-MM-dd}"),
        };
        return string.Create(CultureInfo.InvariantCulture, $"{dates}; {paymentCount} payments");
    }

    private async Task<IReadOnlyList<PaymentRow>?> LoadAsync(ClaimsPrincipal user, CaseNumber caseNumber, PaymentRange range, StaffAuditAction action, CancellationToken ct)
    {
        var staff = await access.RequireAsync(user);
        var payments = await dashboards.LoadAllPaymentsAsync(caseNumber, range.From, range.To, ct);
        if (payments is null) return null;
        // Saved before the rows leave: a download or printout the log cannot record is not served.
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        audit.Add(db, staff, caseNumber.Digits, action, Describe(range, payments.Count));
        await db.SaveChangesAsync(ct);
        return payments;
    }
}
