using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.App.Infrastructure.Data;
using Portal.Domain.Cases;
using Portal.App.Features.Staff.Audit;
using Portal.App.Features.Staff.CaseView;
using Portal.App.Features.Staff.Shared;

namespace Portal.App.Features.Staff.Search;

/// <summary>
/// Finds cases for a caseworker, paged in the database: by case number, by participant name (every word must
/// start a first or last name), or by the last four digits of an SSN together with the date of birth. Every
/// search that runs (each page of it) is audited with its masked criteria and how many cases matched, since a
/// search tells who is a participant on which case.
/// </summary>
public sealed class StaffCaseSearch(IDbContextFactory<PortalDbContext> dbFactory, StaffAccess access, StaffAuditLog audit)
{
    public const int PageSize = 10;

    public async Task<StaffCaseResults> SearchAsync(ClaimsPrincipal user, StaffCaseQuery query, int pageIndex, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var staff = await access.RequireAsync(user);
        pageIndex = Math.Max(0, pageIndex);

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // Criteria that cannot run return nothing before the database is asked: nothing is revealed, nothing audited.
        var cases = db.Cases.AsNoTracking();
        string? caseDigits = null;
        if (!string.IsNullOrWhiteSpace(query.CaseNumber))
        {
            if (!CaseNumber.TryParse(query.CaseNumber, out var caseNumber)) return StaffCaseResults.Empty;
            cases = cases.Where(c => c.Number == caseNumber);
            caseDigits = caseNumber.Digits;
        }

        var participants = db.Participants.AsNoTracking();
        var byParticipant = false;
        var nameWords = NameWords(query.Name);
        string? searchedLast4 = null;
        foreach (var word in nameWords)
        {
            var prefix = word + "%";
            var within = "% " + word + "%"; // a later word of a two-part name ("De La Cruz")
            participants = participants.WhereLikeIgnoringCase(db.Database, p => EF.Functions.Like(p.FirstName, prefix) || EF.Functions.Like(p.LastName, prefix)
                || EF.Functions.Like(p.FirstName, within) || EF.Functions.Like(p.LastName, within));
            byParticipant = true;
        }
        if (!string.IsNullOrWhiteSpace(query.SsnLast4) || query.DateOfBirth is not null)
        {
            // Both together: four digits alone would match too many people to be a safe way to find someone.
            var last4 = query.SsnLast4?.Trim();
            if (last4 is not { Length: 4 } || !last4.All(char.IsAsciiDigit) || query.DateOfBirth is not { } dateOfBirth) return StaffCaseResults.Empty;
            participants = participants.Where(p => p.SsnLast4 == last4 && p.DateOfBirth == dateOfBirth);
            byParticipant = true;
            searchedLast4 = last4;
        }
        if (byParticipant)
        {
            var caseIds = participants.Select(p => p.CaseId);
            cases = cases.Where(c => caseIds.Contains(c.Id));
        }
        else if (string.IsNullOrWhiteSpace(query.CaseNumber))
        {
            return StaffCaseResults.Empty; // no criteria: no list of every case
        }

        var total = await cases.CountAsync(ct);
        var page = await cases.OrderBy(c => c.Number).Skip(pageIndex * PageSize).Take(PageSize)
            .Select(c => new { c.Id, c.Number, c.Program, c.Status, c.County })
            .ToListAsync(ct);
        var ids = page.Select(c => c.Id).ToList();
        var parties = await db.Participants.AsNoTracking().Where(p => ids.Contains(p.CaseId))
            .Select(p => new { p.CaseId, p.Role, p.FirstName, p.LastName })
            .ToListAsync(ct);
        var rows = page.Select(c => new StaffCaseResult(c.Number, c.Program, c.Status, c.County,
                [.. parties.Where(p => p.CaseId == c.Id).OrderBy(p => p.Role).ThenBy(p => p.LastName).Select(p => new StaffCaseParty(p.Role, $"{p.FirstName} {p.LastName}"))]))
            .ToList();

        // Saved before the results are handed back, as a case view is: no results without their audit entry.
        var detail = StaffSearchAuditDetail.Describe(total, pageIndex, caseDigits, nameWords, searchedLast4, query.DateOfBirth);
        audit.Add(db, staff, caseDigits, StaffAuditAction.CasesSearched, detail);
        await db.SaveChangesAsync(ct);
        return new StaffCaseResults(rows, total, pageIndex, PageSize);
    }

    /// <summary>The words of a name as typed, without LIKE's wildcards (a typed "%" must not match everyone).</summary>
    public static IReadOnlyList<string> NameWords(string? name) =>
        [.. (name ?? string.Empty).Replace("%", " ").Replace("_", " ").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(4)];
}
