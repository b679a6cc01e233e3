using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.App.Features.Staff.CaseView.Emails;
using Portal.App.Features.Staff.Shared;
using Portal.App.Infrastructure.CaseSystem.Changes;
using Portal.App.Infrastructure.Data;
using Portal.App.Infrastructure.Email;
using Portal.App.Infrastructure.Email.Templates;
using Portal.Domain.Cases;

namespace Portal.App.Features.Staff.CaseView;

/// <summary>
/// Staff change a parent's address or phone numbers only through these audited actions, with a reason. The change goes
/// to the case system exactly as a parent's does (<see cref="CaseSystemChanges"/>, marked as entered by staff), in the
/// same transaction as its audit entry and the parent's notice; the portal's copy changes when the case system accepts
/// it. The audit detail names the person and what changed, never the new details.
/// </summary>
public sealed partial class StaffContactChanges(
    IDbContextFactory<PortalDbContext> dbFactory,
    StaffAccess access,
    StaffAuditLog audit,
    CaseSystemChanges changes,
    EmailOutbox outbox,
    TimeProvider time,
    ILogger<StaffContactChanges> logger)
{
    /// <summary>As many numbers as a parent may keep on their profile.</summary>
    public const int MaxPhones = 5;

    public Task<StaffContactChangeResult> ChangeAddressAsync(ClaimsPrincipal user, CaseNumber caseNumber, string personId, MailingAddress address, string reason,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(address);
        // The form checks the same rules; a request that bypassed it is refused here, never stored.
        var valid = MailingAddressRules.Check(address.Line1, address.Line2, address.City, address.State, address.Zip).Address;
        return SendAsync(user, caseNumber, personId, valid is null ? null : ContactChangeContent.For(valid), reason, StaffAuditAction.AddressChangeSent,
            (person, pending) => pending?.MailingAddress is { } waiting ? waiting == valid : person.Address == valid,
            name => new AddressChangeSentEmail(name, time.GetUtcNow()), ct);
    }

    public Task<StaffContactChangeResult> ChangePhonesAsync(ClaimsPrincipal user, CaseNumber caseNumber, string personId, IReadOnlyList<ParticipantPhone> phones, string reason,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(phones);
        var valid = phones.Count > 0 && phones.Count <= MaxPhones
            && phones.All(p => Enum.IsDefined(p.Kind) && PhoneNumber.TryParse(p.Number, out var parsed) && parsed.Digits == p.Number);
        return SendAsync(user, caseNumber, personId, valid ? ContactChangeContent.For(phones) : null, reason, StaffAuditAction.PhonesChangeSent,
            (person, pending) => (pending is null ? person.Phones : pending.ParticipantPhones).SequenceEqual(phones),
            name => new PhonesChangeSentEmail(name, time.GetUtcNow()), ct);
    }

    private async Task<StaffContactChangeResult> SendAsync(ClaimsPrincipal user, CaseNumber caseNumber, string personId, ContactChangeContent? content, string reason,
        StaffAuditAction action, Func<Participant, ContactChangeContent?, bool> alreadyHeld, Func<string, EmailTemplate> notice, CancellationToken ct)
    {
        var staff = await access.RequireAsync(user);
        if (string.IsNullOrWhiteSpace(reason)) return StaffContactChangeResult.ReasonMissing;
        if (content is null) return StaffContactChangeResult.Invalid;

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var person = await (from p in db.Participants
                            join c in db.Cases on p.CaseId equals c.Id
                            where c.Number == caseNumber && p.PersonId == personId
                                && (p.Role == ParticipantRole.CustodialParent || p.Role == ParticipantRole.NonCustodialParent)
                            select p).AsNoTracking().FirstOrDefaultAsync(ct);
        if (person is null) return StaffContactChangeResult.NotAParentOnCase;
        var pending = await changes.PendingAsync(personId, content.Kind, ct);
        if (alreadyHeld(person, pending?.Content)) return StaffContactChangeResult.Unchanged;

        var now = time.GetUtcNow();
        changes.Queue(db, personId, content, staff.UserId, requestedByStaff: true, now);
        var account = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.PersonId == personId, ct);
        audit.Add(db, staff, caseNumber.Digits, action, $"Person {personId}", reason, account?.Id);
        if (account?.Email is { } email)
        {
            await outbox.QueueAsync(db, new EmailRecipient(email, account.DisplayName, account.PreferredCulture), notice(account.DisplayName));
        }
        await db.SaveChangesAsync(ct);
        changes.Queued();
        LogSent(action);
        return StaffContactChangeResult.Sent;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Staff sent a contact change to the case system: {Action}")]
    private partial void LogSent(StaffAuditAction action);
}
