using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.App.Features.Accounts.Shared;
using Portal.App.Infrastructure.CaseSystem.Changes;
using Portal.App.Infrastructure.Data;
using Portal.Domain.Cases;
using Portal.App.Features.Staff.Shared;

namespace Portal.App.Features.Staff.CaseView;

/// <summary>
/// Opens a case for a staff member: its participants with the history of their contact-detail changes sent to the case
/// system, and the parents' portal accounts and the forms signed on it. Every opening is audited.
/// </summary>
public sealed class StaffCases(IDbContextFactory<PortalDbContext> dbFactory, StaffAccess access, StaffAuditLog audit, VerificationEmailLimit verificationEmailLimit, CaseSystemChanges changes)
{
    /// <summary>The case, or null when no case has this number (nothing is audited then).</summary>
    public async Task<StaffCaseView?> OpenAsync(ClaimsPrincipal user, CaseNumber caseNumber, CancellationToken ct = default)
    {
        var staff = await access.RequireAsync(user);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var view = await LoadAsync(db, caseNumber, ct);
        if (view is null) return null;
        audit.Add(db, staff, caseNumber.Digits, StaffAuditAction.CaseViewed);
        await db.SaveChangesAsync(ct);
        return view;
    }

    /// <summary>The same view again after a change the page made (already audited as that change): no new "viewed" entry.</summary>
    public async Task<StaffCaseView?> RefreshAsync(ClaimsPrincipal user, CaseNumber caseNumber, CancellationToken ct = default)
    {
        await access.RequireAsync(user);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await LoadAsync(db, caseNumber, ct);
    }

    /// <summary>How many of a participant's latest contact-detail changes the case page lists.</summary>
    private const int ContactChangeHistory = 10;

    private async Task<StaffCaseView?> LoadAsync(PortalDbContext db, CaseNumber caseNumber, CancellationToken ct)
    {
        var found = await db.Cases.AsNoTracking().Include(c => c.Participants).SingleOrDefaultAsync(c => c.Number == caseNumber, ct);
        if (found is null) return null;
        var participants = found.Participants
            .OrderBy(p => p.Role).ThenBy(p => p.DateOfBirth)
            .Select(p => new StaffParticipant(p.PersonId, p.Role, p.FullName, p.DateOfBirth, p.SsnLast4, p.Address, p.Email, p.Phones, [], ParticipantDisclosure.IsProtected(found, p)))
            .ToList();
        for (var i = 0; i < participants.Count; i++)
        {
            if (participants[i].Role == ParticipantRole.Child) continue;
            participants[i] = participants[i] with { ContactChanges = await changes.ForPersonAsync(participants[i].PersonId, ContactChangeHistory, ct) };
        }
        var parentIds = found.Participants.Where(p => p.IsParent).Select(p => p.PersonId).ToList();
        var accounts = await db.Users.AsNoTracking().Where(u => u.PersonId != null && parentIds.Contains(u.PersonId))
            .Select(u => new ParentAccountStatus(u.Id, u.PersonId!, u.UserName ?? string.Empty, u.EmailConfirmed, u.ActivatedAt != null,
                u.LockoutEnd, u.AccessDisabledAt, u.LastSignInAt, u.SecurityQuestionsResetAt, u.PhonePinHash != null, null))
            .ToListAsync(ct);
        for (var i = 0; i < accounts.Count; i++)
        {
            if (accounts[i].Activated) continue;
            accounts[i] = accounts[i] with { NextVerificationEmailAt = await verificationEmailLimit.NextAllowedAtAsync(db, accounts[i].UserId, ct) };
        }
        var forms = await db.SignedForms.AsNoTracking().Where(f => f.CaseNumber == caseNumber).OrderByDescending(f => f.SignedAt)
            .Select(f => new StaffCaseForm(f.Id, f.Reference, f.Kind, f.Status, f.SignedAt)).ToListAsync(ct);
        return new StaffCaseView(found.Number, found.Program, found.Status, found.County, found.OfficeCode, found.OpenedOn, participants, accounts, forms);
    }
}
