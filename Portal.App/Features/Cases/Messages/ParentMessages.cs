using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.App.Features.Cases.Shared;
using Portal.App.Features.Cases.Shared.Documents;
using Portal.App.Features.Cases.Shared.Messages;
using Portal.App.Infrastructure.Data;
using Portal.Domain.Cases;
using Portal.Domain.Messages;

namespace Portal.App.Features.Cases.Messages;

/// <summary>
/// A signed-in parent's messages with the agency. A parent sees only the threads they started, and only while they are
/// still a parent on the thread's case; a thread that is not theirs is answered like one that does not exist.
/// </summary>
public sealed class ParentMessages(IDbContextFactory<PortalDbContext> dbFactory, MessageThreads threads, MessageUpdates updates, CaseDocuments documents, TimeProvider time)
{
    public async Task<IReadOnlyList<ThreadSummary>> ListAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (ParentCaseAccess.ParentOf(user) is not (string userId, string personId)) return [];
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await MessageThreads.VisibleToParent(db, userId, personId).OrderByDescending(t => t.LastMessageAt).ToListAsync(ct);
        return [.. rows.Select(threads.Summarize)];
    }

    /// <summary>The thread, with new replies marked; opening it marks them read.</summary>
    public async Task<ThreadView?> OpenAsync(ClaimsPrincipal user, Guid threadId, CancellationToken ct = default)
    {
        if (ParentCaseAccess.ParentOf(user) is not (string userId, string personId)) return null;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await MessageThreads.VisibleToParent(db, userId, personId).FirstOrDefaultAsync(t => t.Id == threadId, ct) is not { } thread) return null;
        var view = await threads.ViewAsync(db, thread, withNotes: false, ct);
        if (thread.ParentUnread > 0)
        {
            thread.ParentRead();
            await db.SaveChangesAsync(ct);
            await updates.PublishAsync(new MessageUpdate(thread.Id, userId));
        }
        return view;
    }

    public async Task<SendResult> StartAsync(ClaimsPrincipal user, NewThreadRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (ParentCaseAccess.ParentOf(user) is not (string userId, string personId)) return new SendResult.NotFound();
        var caseNumber = CaseNumber.TryParse(request.CaseNumber, out var parsed) ? parsed : (CaseNumber?)null;
        var problems = new Dictionary<MessageField, MessageProblem?>();
        if (caseNumber is null) problems[MessageField.Case] = null;
        if (request.Topic is not { } topic || !Enum.IsDefined(topic)) problems[MessageField.Topic] = null;
        if (MessageRules.CheckSubject(request.Subject) is { } subjectProblem) problems[MessageField.Subject] = subjectProblem;
        if (MessageRules.CheckBody(request.Body) is { } bodyProblem) problems[MessageField.Body] = bodyProblem;
        var attachments = (request.Attachments ?? []).Distinct().ToList();
        if (attachments.Count > documents.MaxFilesPerMessage) problems[MessageField.Attachments] = MessageProblem.TooManyAttachments;
        if (problems.Count > 0) return new SendResult.Invalid(problems);

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var onCase = await (from p in db.Participants
                            where p.PersonId == personId && p.Role != ParticipantRole.Child
                            join c in db.Cases on p.CaseId equals c.Id
                            where c.Number == caseNumber!.Value
                            select new { c.OfficeCode, p.FirstName, p.LastName }).FirstOrDefaultAsync(ct);
        if (onCase is null) return new SendResult.NotFound();
        var attachable = await db.CaseDocuments.CountAsync(d => attachments.Contains(d.Id) && d.UploadedByUserId == userId
            && d.UploaderPersonId == personId && d.CaseNumber == caseNumber!.Value && d.ScanStatus != DocumentScanStatus.Infected, ct);
        if (attachable != attachments.Count)
        {
            return new SendResult.Invalid(new Dictionary<MessageField, MessageProblem?> { [MessageField.Attachments] = MessageProblem.AttachmentUnavailable });
        }
        var now = time.GetUtcNow();
        var dueOn = threads.ReplyDueForNow();
        var thread = new MessageThread(Guid.NewGuid(), caseNumber!.Value, onCase.OfficeCode, userId, personId, request.Topic!.Value,
            threads.Protect(request.Subject!.Trim()), now, dueOn);
        db.MessageThreads.Add(thread);
        var message = threads.Add(db, thread, MessageAuthor.Parent, userId, $"{onCase.FirstName} {onCase.LastName}", request.Body!);
        db.MessageAttachments.AddRange(attachments.Select(id => new MessageAttachment(message.Id, id)));
        await db.SaveChangesAsync(ct);
        await updates.PublishAsync(new MessageUpdate(thread.Id, userId));
        return new SendResult.Sent(thread.Id, dueOn);
    }

    /// <summary>The parent writes again in an open thread: it awaits a reply again (by a new date if it had been answered).</summary>
    public async Task<SendResult> ReplyAsync(ClaimsPrincipal user, Guid threadId, string? body, CancellationToken ct = default)
    {
        if (ParentCaseAccess.ParentOf(user) is not (string userId, string personId)) return new SendResult.NotFound();
        if (MessageRules.CheckBody(body) is { } problem) return new SendResult.Invalid(new Dictionary<MessageField, MessageProblem?> { [MessageField.Body] = problem });
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var thread = await MessageThreads.VisibleToParent(db, userId, personId).FirstOrDefaultAsync(t => t.Id == threadId, ct);
        if (thread is null || thread.Status == MessageThreadStatus.Closed) return new SendResult.NotFound();
        var name = await db.Participants.Where(p => p.PersonId == personId).Select(p => p.FirstName + " " + p.LastName).FirstAsync(ct);
        threads.Add(db, thread, MessageAuthor.Parent, userId, name, body!);
        thread.ParentWrote(time.GetUtcNow(), threads.ReplyDueForNow());
        await db.SaveChangesAsync(ct);
        await updates.PublishAsync(new MessageUpdate(thread.Id, userId));
        return new SendResult.Sent(thread.Id, thread.ReplyDueOn!.Value);
    }
}
