using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.App.Infrastructure.Data;
using Portal.App.Infrastructure.Identity;
using Portal.Domain.Cases;

namespace Portal.App.Features.Cases.Shared;

/// <summary>
/// Which cases a signed-in parent may see: those on which their person id (claim <see cref="PortalClaims.PersonId"/>)
/// is a parent. Any other case, whether it exists or not, is simply not among them, so callers answer both the same way.
/// </summary>
public sealed class ParentCaseAccess(IDbContextFactory<PortalDbContext> dbFactory)
{
    public static string? PersonIdOf(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true && user.FindFirst(PortalClaims.PersonId)?.Value is { Length: > 0 } personId ? personId : null;

    /// <summary>The signed-in parent's account and person ids; null for anyone who is not a parent with a case.</summary>
    public static (string UserId, string PersonId)? ParentOf(ClaimsPrincipal user) =>
        PersonIdOf(user) is { } personId && user.FindFirstValue(ClaimTypes.NameIdentifier) is { Length: > 0 } userId ? (userId, personId) : null;

    public async Task<IReadOnlyList<ParentCase>> ListCasesAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (PersonIdOf(user) is not { } personId) return [];
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var cases = await (from p in db.Participants.AsNoTracking()
                           where p.PersonId == personId && p.Role != ParticipantRole.Child
                           join c in db.Cases.AsNoTracking() on p.CaseId equals c.Id
                           select new { c.Number, p.Role })
            .ToListAsync(ct);
        return [.. cases.Select(c => new ParentCase(c.Number, c.Role)).OrderBy(c => c.CaseNumber.Digits, StringComparer.Ordinal)];
    }

    /// <summary>Whether <paramref name="user"/> may see the case: false for a case they are not on and for a case that does not exist.</summary>
    public async Task<bool> MayViewAsync(ClaimsPrincipal user, CaseNumber caseNumber, CancellationToken ct = default)
    {
        if (PersonIdOf(user) is not { } personId) return false;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await IsParentOnCaseAsync(db, personId, caseNumber, ct);
    }

    /// <summary>The one rule of who is a parent on a case (not a child), in the caller's context: staff support actions use it too.</summary>
    public static Task<bool> IsParentOnCaseAsync(PortalDbContext db, string personId, CaseNumber caseNumber, CancellationToken ct) =>
        (from p in db.Participants
         where p.PersonId == personId && p.Role != ParticipantRole.Child
         join c in db.Cases on p.CaseId equals c.Id
         where c.Number == caseNumber
         select p.Id).AnyAsync(ct);

    /// <summary>Parses a case number from the browser and checks it in one step: null for anything the user may not see.</summary>
    public async Task<CaseNumber?> ResolveAsync(ClaimsPrincipal user, string? caseNumberText, CancellationToken ct = default) =>
        CaseNumber.TryParse(caseNumberText, out var caseNumber) && await MayViewAsync(user, caseNumber, ct) ? caseNumber : null;
}
