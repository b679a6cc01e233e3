using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Infrastructure.Data;
using Portal.Domain.Cases;
using Portal.Tests.Support;

namespace Portal.Tests.Infrastructure;

public sealed class InstantStorageTests
{
    [Fact]
    public async Task Actions_are_ordered_by_the_instant_they_happened_whatever_offset_they_were_recorded_with()
    {
        using var portal = new PortalAppFactory();
        await AssertOrderedByInstantAsync(portal);
    }

    [PostgresFact, Trait(PostgresFactAttribute.Trait, PostgresFactAttribute.Postgres)]
    public Task On_PostgreSQL_actions_are_ordered_by_the_instant_they_happened_whatever_offset_they_were_recorded_with() =>
        PostgresDatabase.WithPortalAsync(AssertOrderedByInstantAsync);

    private static async Task AssertOrderedByInstantAsync(PortalAppFactory portal)
    {
        await using var db = await portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var @case = new Case(CaseNumber.FromSerial(42), CaseProgram.IvD, "Maricopa", "PHX", new DateOnly(2026, 1, 1));
        db.Cases.Add(@case);
        await db.SaveChangesAsync();
        // 10:00 in Arizona is 17:00 UTC: later than noon UTC, though its clock reading is earlier.
        var arizonaMorning = new DateTimeOffset(2026, 11, 2, 10, 0, 0, TimeSpan.FromHours(-7));
        var utcNoon = new DateTimeOffset(2026, 11, 2, 12, 0, 0, TimeSpan.Zero);
        db.CaseActions.AddRange(
            new CaseAction(@case.Id, arizonaMorning, CaseActionType.NoticeSent, "later"),
            new CaseAction(@case.Id, utcNoon, CaseActionType.NoticeSent, "earlier"));
        await db.SaveChangesAsync();

        var newestFirst = await db.CaseActions.Where(a => a.CaseId == @case.Id).OrderByDescending(a => a.OccurredAt).Select(a => a.Description).ToListAsync();
        var afterUtcNoon = await db.CaseActions.CountAsync(a => a.CaseId == @case.Id && a.OccurredAt > utcNoon);

        Assert.Equal(["later", "earlier"], newestFirst);
        Assert.Equal(1, afterUtcNoon);
    }
}
