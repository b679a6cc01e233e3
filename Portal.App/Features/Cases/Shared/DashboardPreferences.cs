using Microsoft.EntityFrameworkCore;
using Portal.App.Infrastructure.Data;
using Portal.Domain.Cases;

namespace Portal.App.Features.Cases.Shared;

/// <summary>Remembers the case a parent last chose (table DashboardPreferences).</summary>
public sealed class DashboardPreferences(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider time)
{
    public async Task<CaseNumber?> LastChoiceAsync(string personId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.DashboardPreferences.AsNoTracking()
            .Where(p => p.PersonId == personId)
            .Select(p => (CaseNumber?)p.LastCaseNumber)
            .SingleOrDefaultAsync(ct);
    }

    public async Task RememberAsync(string personId, CaseNumber caseNumber, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var preference = await db.DashboardPreferences.SingleOrDefaultAsync(p => p.PersonId == personId, ct);
        if (preference is null) db.DashboardPreferences.Add(new DashboardPreference(personId, caseNumber, time.GetUtcNow()));
        else preference.Choose(caseNumber, time.GetUtcNow());
        await db.SaveChangesAsync(ct);
    }
}
