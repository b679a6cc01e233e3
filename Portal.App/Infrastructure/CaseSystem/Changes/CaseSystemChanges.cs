using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Portal.App.Infrastructure.Data;

namespace Portal.App.Infrastructure.CaseSystem.Changes;

/// <summary>
/// The portal's side of the case-system feed: queues a change in the caller's transaction, records the case system's
/// answers, and reads a person's changes back. An accepted change updates the portal's copy of the person's details
/// on every case they are on, unless a later change of the same kind has already been accepted (answers can arrive
/// out of order). The details are encrypted at rest with a Data Protection purpose of their own.
/// </summary>
public sealed class CaseSystemChanges(IDbContextFactory<PortalDbContext> dbFactory, IDataProtectionProvider dataProtection, CaseSystemExportSignal signal,
    IEnumerable<ICaseSystemChangeListener> listeners)
{
    private readonly IDataProtector protector = dataProtection.CreateProtector("Portal.CaseSystem.Changes");

    /// <summary>Adds the change to <paramref name="db"/>; it is saved with the caller's SaveChanges, and <see cref="Queued"/> wakes the export.</summary>
    public CaseSystemChange Queue(PortalDbContext db, string personId, ContactChangeContent content, string requestedByUserId, bool requestedByStaff, DateTimeOffset now)
    {
        var change = new CaseSystemChange(Guid.NewGuid(), personId, content.Kind, protector.Protect(content.Serialize()), requestedByUserId, requestedByStaff, now);
        db.CaseSystemChanges.Add(change);
        return change;
    }

    /// <summary>Call once the transaction that queued changes has committed.</summary>
    public void Queued() => signal.Notify();

    /// <summary>The change's details; null when this key ring cannot read them (keys lost or replaced).</summary>
    public ContactChangeContent? Read(CaseSystemChange change)
    {
        try
        {
            return ContactChangeContent.Deserialize(protector.Unprotect(change.ProtectedContent));
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    public async Task<AcknowledgementResult> RecordAsync(CaseSystemAcknowledgement answer, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (result, change) = await db.InWriterTransactionAsync<(AcknowledgementResult, CaseSystemChange?)>(async () =>
        {
            var change = await db.CaseSystemChanges.SingleOrDefaultAsync(c => c.Id == answer.ChangeId, ct);
            if (change is null) return (AcknowledgementResult.UnknownChange, null);
            switch (change.Status)
            {
                case CaseSystemChangeStatus.Accepted:
                    return (answer.Accepted ? AcknowledgementResult.Duplicate : AcknowledgementResult.Conflicting, null);
                case CaseSystemChangeStatus.Rejected:
                    return (answer.Accepted ? AcknowledgementResult.Conflicting : AcknowledgementResult.Duplicate, null);
            }

            if (!answer.Accepted)
            {
                change.Reject(answer.AcknowledgedAt, string.IsNullOrWhiteSpace(answer.Reason) ? "No reason was given." : answer.Reason.Trim());
            }
            else
            {
                change.Accept(answer.AcknowledgedAt);
                var supersededByLater = await db.CaseSystemChanges.AnyAsync(c => c.PersonId == change.PersonId && c.Kind == change.Kind
                    && c.Status == CaseSystemChangeStatus.Accepted && c.RequestedAt > change.RequestedAt, ct);
                if (!supersededByLater && Read(change) is { } content) await ApplyAsync(db, change.PersonId, content, ct);
            }
            await db.SaveChangesAsync(ct);
            return (AcknowledgementResult.Recorded, change);
        }, ct);
        if (change is null) return result;
        foreach (var listener in listeners)
        {
            await listener.AnsweredAsync(change.Id, answer.Accepted, change.RejectionReason, answer.AcknowledgedAt, ct);
        }
        return AcknowledgementResult.Recorded;
    }

    private static async Task ApplyAsync(PortalDbContext db, string personId, ContactChangeContent content, CancellationToken ct)
    {
        foreach (var participant in await db.Participants.Where(p => p.PersonId == personId).ToListAsync(ct))
        {
            if (content.MailingAddress is { } address) participant.MoveTo(address);
            else if (content.Phones is not null) participant.ReplacePhones(content.ParticipantPhones);
        }
    }

    /// <summary>The person's changes, newest first, with their details (null where they cannot be read).</summary>
    public async Task<IReadOnlyList<ContactChange>> ForPersonAsync(string personId, int max, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var changes = await db.CaseSystemChanges.AsNoTracking().Where(c => c.PersonId == personId)
            .OrderByDescending(c => c.RequestedAt).Take(max).ToListAsync(ct);
        return [.. changes.Select(View)];
    }

    /// <summary>
    /// The person's latest change of <paramref name="kind"/> still on its way (waiting or sent, not yet answered), if any:
    /// what a new change is compared with, so the same details are never sent twice.
    /// </summary>
    public async Task<ContactChange?> PendingAsync(string personId, CaseSystemChangeKind kind, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var pending = await db.CaseSystemChanges.AsNoTracking()
            .Where(c => c.PersonId == personId && c.Kind == kind && (c.Status == CaseSystemChangeStatus.Waiting || c.Status == CaseSystemChangeStatus.Sent))
            .OrderByDescending(c => c.RequestedAt).FirstOrDefaultAsync(ct);
        return pending is null ? null : View(pending);
    }

    private ContactChange View(CaseSystemChange c) =>
        new(c.Id, c.Kind, Read(c), c.Status, c.RequestedAt, c.SentAt, c.AcknowledgedAt, c.RejectionReason, c.RequestedByStaff);
}
