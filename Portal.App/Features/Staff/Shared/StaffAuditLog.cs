using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.App.Infrastructure.Data;
using Portal.App.Infrastructure.Identity;
using Portal.App.Features.Staff.Audit;
using Portal.App.Features.Staff.CaseView;

namespace Portal.App.Features.Staff.Shared;

/// <summary>Writes the staff audit log (in the caller's unit of work) and lets supervisors search it.</summary>
public sealed class StaffAuditLog(IDbContextFactory<PortalDbContext> dbFactory, StaffAccess access, TimeProvider time)
{
    public const int PageSize = 25;

    /// <summary>Adds an entry to <paramref name="db"/>: it is saved with the change it records, or not at all.</summary>
    public StaffAuditEntry Add(PortalDbContext db, StaffMember staff, string? caseNumber, StaffAuditAction action, string? detail = null,
        string? reason = null, string? subjectUserId = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(staff);
        var entry = new StaffAuditEntry(staff.UserId, staff.UserName, caseNumber, subjectUserId, action, detail, reason?.Trim(), time.GetUtcNow());
        db.StaffAuditEntries.Add(entry);
        return entry;
    }

    /// <summary>Supervisors only: the newest entries first, filtered by any of the query's parts.</summary>
    public async Task<StaffAuditResults> SearchAsync(ClaimsPrincipal user, StaffAuditQuery query, int pageIndex, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await access.RequireAsync(user, PortalPolicies.Supervisor);
        pageIndex = Math.Max(0, pageIndex);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var entries = db.StaffAuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.StaffUserName)) entries = entries.Where(e => e.StaffUserName == query.StaffUserName.Trim());
        if (!string.IsNullOrWhiteSpace(query.CaseNumber))
        {
            var digits = new string(query.CaseNumber.Where(char.IsAsciiDigit).ToArray());
            entries = entries.Where(e => e.CaseNumber == digits);
        }
        if (query.Action is { } action) entries = entries.Where(e => e.Action == action);
        // Dates are Arizona days: from the start of From to the end of To.
        if (query.From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), Portal.Domain.ArizonaTime.Offset);
            entries = entries.Where(e => e.OccurredAt >= start);
        }
        // Any day may come here, not only the page's checked ones: the day after 9999-12-31 does not exist, and To that
        // late bounds nothing, so it is left open rather than thrown on.
        if (query.To is { } to && to < DateOnly.MaxValue)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), Portal.Domain.ArizonaTime.Offset);
            entries = entries.Where(e => e.OccurredAt < end);
        }
        var total = await entries.CountAsync(ct);
        var rows = await entries.OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id).Skip(pageIndex * PageSize).Take(PageSize).ToListAsync(ct);
        return new StaffAuditResults(rows, total, pageIndex, PageSize);
    }
}
