using Microsoft.EntityFrameworkCore;
using Portal.Domain.Cases;

namespace Portal.App.Infrastructure.Data;

public static class CaseQueries
{
    /// <summary>The database id of the case with this number, or null when there is none.</summary>
    public static Task<int?> IdOfAsync(this IQueryable<Case> cases, CaseNumber caseNumber, CancellationToken ct) =>
        cases.AsNoTracking().Where(c => c.Number == caseNumber).Select(c => (int?)c.Id).SingleOrDefaultAsync(ct);
}
