using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.App.Features.Cases.Shared.Documents;
using Portal.App.Infrastructure.Data;
using Portal.Domain.Cases;
using Portal.Domain.Messages;

namespace Portal.App.Features.Cases.Shared.Messages;

/// <summary>
/// What the parent's side and the caseworkers' side share: the reply promise, the decryption of what is shown, and
/// the one shape of a thread's summary and messages. Whether the reader may see the thread is the caller's check.
/// </summary>
public sealed class MessageThreads(MessageProtector protector, DocumentFiles files, IOptions<MessagesOptions> options, TimeProvider time)
{
    /// <summary>The Arizona date a reply is promised by, for a message written now.</summary>
    public DateOnly ReplyDueForNow() => ReplyDue.For(time.GetUtcNow(), options.Value.ReplyBusinessDays);

    public int ReplyBusinessDays => options.Value.ReplyBusinessDays;

    public string Protect(string text) => protector.Protect(text);

    public ThreadSummary Summarize(MessageThread thread) => new(
        thread.Id, thread.CaseNumber, thread.OfficeCode, thread.Topic, protector.Unprotect(thread.ProtectedSubject), thread.Status,
        thread.AssignedToName, thread.StartedAt, thread.LastMessageAt, thread.ReplyDueOn, thread.IsLate(time.GetUtcNow()), thread.ParentUnread);

    /// <summary>The thread's messages, oldest first; notes only when <paramref name="withNotes"/> (staff).</summary>
    public async Task<ThreadView> ViewAsync(PortalDbContext db, MessageThread thread, bool withNotes, CancellationToken ct)
    {
        var messages = db.ThreadMessages.AsNoTracking().Where(m => m.ThreadId == thread.Id);
        if (!withNotes) messages = messages.Where(m => m.Author != MessageAuthor.InternalNote);
        var rows = await messages.OrderBy(m => m.SentAt).ToListAsync(ct);
        // The parent's unread replies are the thread's latest ones.
        var replies = rows.Where(m => m.Author == MessageAuthor.Caseworker).ToList();
        HashSet<Guid> unread = withNotes ? [] : replies.Skip(replies.Count - thread.ParentUnread).Select(m => m.Id).ToHashSet();
        var ids = rows.Select(m => m.Id).ToList();
        var attached = await (from a in db.MessageAttachments.AsNoTracking()
                              where ids.Contains(a.MessageId)
                              join d in db.CaseDocuments.AsNoTracking() on a.DocumentId equals d.Id
                              select new { a.MessageId, Document = d }).ToListAsync(ct);
        var attachments = attached.ToLookup(a => a.MessageId, a => new AttachmentView(
            a.Document.Id, files.NameOf(a.Document), a.Document.Type, MayDownload: withNotes ? a.Document.MayBeServedToStaff : a.Document.MayBeServedToParent));
        return new ThreadView(Summarize(thread), [.. rows.Select(m => new MessageView(
            m.Id, m.Author, m.AuthorName, protector.Unprotect(m.ProtectedBody), m.SentAt, IsNew: unread.Contains(m.Id), [.. attachments[m.Id]]))]);
    }

    /// <summary>Adds a message to <paramref name="db"/>; its thread's state is the caller's to change.</summary>
    public ThreadMessage Add(PortalDbContext db, MessageThread thread, MessageAuthor author, string authorUserId, string authorName, string body)
    {
        var message = new ThreadMessage(Guid.NewGuid(), thread.Id, author, authorUserId, authorName, protector.Protect(MessageRules.Normalize(body)), time.GetUtcNow());
        db.ThreadMessages.Add(message);
        return message;
    }

    /// <summary>The one rule of which threads a parent sees: those they started, on cases they are still a parent on.</summary>
    public static IQueryable<MessageThread> VisibleToParent(PortalDbContext db, string userId, string personId) =>
        db.MessageThreads.Where(t => t.ParentUserId == userId && t.ParentPersonId == personId
            && (from p in db.Participants
                where p.PersonId == personId && p.Role != ParticipantRole.Child
                join c in db.Cases on p.CaseId equals c.Id
                where c.Number == t.CaseNumber
                select p.Id).Any());
}
