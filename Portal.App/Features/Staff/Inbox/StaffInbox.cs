using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.App.Features.Cases.Shared.Messages;
using Portal.App.Features.Staff.Shared;
using Portal.App.Infrastructure.Data;
using Portal.App.Infrastructure.Identity;
using Portal.Domain.Cases;
using Portal.Domain.Messages;

namespace Portal.App.Features.Staff.Inbox;

/// <summary>
/// The caseworkers' side of parents' messages: the inbox (oldest due first), working a thread (assign, reply, internal
/// note, answered or closed) and the supervisors' figures. Every method checks the caller is staff; opening a thread is
/// audited like opening a case.
/// </summary>
public sealed class StaffInbox(
    IDbContextFactory<PortalDbContext> dbFactory,
    StaffAccess access,
    StaffAuditLog audit,
    MessageThreads threads,
    MessageUpdates updates,
    MessageNotices notices,
    TimeProvider time)
{
    public const int PageSize = 25;

    /// <summary>The window the median time to a first reply is taken over: threads started in it.</summary>
    public static readonly TimeSpan MedianWindow = TimeSpan.FromDays(30);

    public async Task<InboxPage> SearchAsync(ClaimsPrincipal user, InboxFilter filter, int pageIndex, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var staff = await access.RequireAsync(user);
        pageIndex = Math.Max(0, pageIndex);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = time.GetUtcNow();
        var query = db.MessageThreads.AsNoTracking();
        if (!filter.IncludeClosed) query = query.Where(t => t.Status != MessageThreadStatus.Closed);
        query = filter.Assignment switch
        {
            InboxAssignment.Unassigned => query.Where(t => t.AssignedToUserId == null),
            InboxAssignment.Mine => query.Where(t => t.AssignedToUserId == staff.UserId),
            _ => query,
        };
        if (filter.OverdueOnly) query = query.Where(t => t.Status == MessageThreadStatus.AwaitingReply && t.ReplyLateFrom <= now);
        if (!string.IsNullOrWhiteSpace(filter.OfficeCode)) query = query.Where(t => t.OfficeCode == filter.OfficeCode.Trim());
        if (filter.Topic is { } topic) query = query.Where(t => t.Topic == topic);
        if (!string.IsNullOrWhiteSpace(filter.CaseNumber))
        {
            // A case number that cannot exist matches nothing, rather than being ignored.
            if (!CaseNumber.TryParse(filter.CaseNumber, out var caseNumber)) return new InboxPage([], 0, 0, PageSize);
            query = query.Where(t => t.CaseNumber == caseNumber);
        }
        var total = await query.CountAsync(ct);
        // Oldest due first: the threads owed a reply by their promised date, then the rest by their latest message.
        var rows = await query.OrderBy(t => t.ReplyLateFrom == null).ThenBy(t => t.ReplyLateFrom).ThenBy(t => t.LastMessageAt)
            .Skip(pageIndex * PageSize).Take(PageSize).ToListAsync(ct);
        return new InboxPage([.. rows.Select(threads.Summarize)], total, pageIndex, PageSize);
    }

    /// <summary>The whole thread, internal notes included; null when there is no such thread (nothing is audited then).</summary>
    public async Task<ThreadView?> OpenAsync(ClaimsPrincipal user, Guid threadId, CancellationToken ct = default)
    {
        var staff = await access.RequireAsync(user);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.MessageThreads.AsNoTracking().FirstOrDefaultAsync(t => t.Id == threadId, ct) is not { } thread) return null;
        audit.Add(db, staff, thread.CaseNumber.Digits, StaffAuditAction.MessageThreadOpened, subjectUserId: thread.ParentUserId);
        await db.SaveChangesAsync(ct);
        return await threads.ViewAsync(db, thread, withNotes: true, ct);
    }

    /// <summary>The same thread again after an action the page took: not a new opening, so not audited again.</summary>
    public async Task<ThreadView?> RefreshAsync(ClaimsPrincipal user, Guid threadId, CancellationToken ct = default)
    {
        await access.RequireAsync(user);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.MessageThreads.AsNoTracking().FirstOrDefaultAsync(t => t.Id == threadId, ct) is { } thread
            ? await threads.ViewAsync(db, thread, withNotes: true, ct)
            : null;
    }

    /// <summary>Assigns the thread to a staff member, or unassigns it with a null <paramref name="assigneeUserId"/>.</summary>
    public async Task<InboxActionResult> AssignAsync(ClaimsPrincipal user, Guid threadId, string? assigneeUserId, CancellationToken ct = default)
    {
        await access.RequireAsync(user);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.MessageThreads.FirstOrDefaultAsync(t => t.Id == threadId, ct) is not { } thread) return new InboxActionResult.NotFound();
        string? name = null;
        if (assigneeUserId is not null
            && (name = await StaffDirectory.NameOfAsync(db, assigneeUserId, ct)) is null)
        {
            return new InboxActionResult.NotFound();
        }
        thread.AssignTo(assigneeUserId, name);
        return await SaveAsync(db, thread, ct);
    }

    /// <summary>A reply the parent reads: the thread is answered, and the parent is told by email that a reply is waiting (never what it says).</summary>
    public async Task<InboxActionResult> ReplyAsync(ClaimsPrincipal user, Guid threadId, string? body, CancellationToken ct = default)
    {
        var staff = await access.RequireAsync(user);
        if (MessageRules.CheckBody(body) is { } problem) return new InboxActionResult.Invalid(problem);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.MessageThreads.FirstOrDefaultAsync(t => t.Id == threadId, ct) is not { } thread) return new InboxActionResult.NotFound();
        threads.Add(db, thread, MessageAuthor.Caseworker, staff.UserId, staff.UserName, body!);
        thread.StaffReplied(time.GetUtcNow());
        if (thread.AssignedToUserId is null) thread.AssignTo(staff.UserId, staff.UserName);
        if (await db.Users.FirstOrDefaultAsync(u => u.Id == thread.ParentUserId, ct) is { } parent)
        {
            await notices.QueueReplyWaitingAsync(db, parent, ct);
        }
        return await SaveAsync(db, thread, ct);
    }

    /// <summary>A note for the caseworkers working the thread: the parent never sees it, and the thread's state does not change.</summary>
    public async Task<InboxActionResult> AddNoteAsync(ClaimsPrincipal user, Guid threadId, string? body, CancellationToken ct = default)
    {
        var staff = await access.RequireAsync(user);
        if (MessageRules.CheckBody(body) is { } problem) return new InboxActionResult.Invalid(problem);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.MessageThreads.FirstOrDefaultAsync(t => t.Id == threadId, ct) is not { } thread) return new InboxActionResult.NotFound();
        threads.Add(db, thread, MessageAuthor.InternalNote, staff.UserId, staff.UserName, body!);
        return await SaveAsync(db, thread, ct);
    }

    /// <summary>Marks the thread answered (say, by phone) or closed: nothing is owed any more.</summary>
    public async Task<InboxActionResult> SettleAsync(ClaimsPrincipal user, Guid threadId, MessageThreadStatus status, CancellationToken ct = default)
    {
        await access.RequireAsync(user);
        if (status is not (MessageThreadStatus.Answered or MessageThreadStatus.Closed)) throw new ArgumentOutOfRangeException(nameof(status));
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.MessageThreads.FirstOrDefaultAsync(t => t.Id == threadId, ct) is not { } thread) return new InboxActionResult.NotFound();
        thread.Settle(status);
        return await SaveAsync(db, thread, ct);
    }

    /// <summary>Supervisors only: open and overdue threads, and the median time to a first reply, all counted by the database.</summary>
    public async Task<InboxCounts> CountsAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        await access.RequireAsync(user, PortalPolicies.Supervisor);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = time.GetUtcNow();
        var open = await db.MessageThreads.CountAsync(t => t.Status != MessageThreadStatus.Closed, ct);
        var overdue = await db.MessageThreads.CountAsync(t => t.Status == MessageThreadStatus.AwaitingReply && t.ReplyLateFrom <= now, ct);
        var since = now - MedianWindow;
        var replied = db.MessageThreads.Where(t => t.StartedAt >= since && t.FirstReplySeconds != null).Select(t => t.FirstReplySeconds!.Value);
        var count = await replied.CountAsync(ct);
        if (count == 0) return new InboxCounts(open, overdue, null, 0);
        // The middle one (or the middle two, averaged), fetched by the database's ORDER BY ... LIMIT ... OFFSET.
        var middle = await replied.OrderBy(s => s).Skip((count - 1) / 2).Take(2 - (count % 2)).ToListAsync(ct);
        return new InboxCounts(open, overdue, TimeSpan.FromSeconds(middle.Average()), count);
    }

    private async Task<InboxActionResult> SaveAsync(PortalDbContext db, MessageThread thread, CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        await updates.PublishAsync(new MessageUpdate(thread.Id, thread.ParentUserId));
        return new InboxActionResult.Done();
    }
}
