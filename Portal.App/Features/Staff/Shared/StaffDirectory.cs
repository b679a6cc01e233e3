using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.App.Infrastructure.Data;
using Portal.App.Infrastructure.Identity;

namespace Portal.App.Features.Staff.Shared;

/// <summary>
/// What the inbox and the forms queue both offer: who work can be assigned to (the staff accounts that are not
/// disabled), and the offices to filter by. Every method checks the caller is staff.
/// </summary>
public sealed class StaffDirectory(IDbContextFactory<PortalDbContext> dbFactory, StaffAccess access)
{
    /// <summary>The staff members by user name.</summary>
    public async Task<IReadOnlyList<Caseworker>> CaseworkersAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        await access.RequireAsync(user);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await Members(db).OrderBy(u => u.UserName).Select(u => new Caseworker(u.Id, u.UserName!)).ToListAsync(ct);
    }

    /// <summary>The offices, by name.</summary>
    public async Task<IReadOnlyList<StaffOffice>> OfficesAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        await access.RequireAsync(user);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Offices.AsNoTracking().OrderBy(o => o.Name).Select(o => new StaffOffice(o.Code, o.Name)).ToListAsync(ct);
    }

    /// <summary>The user name of the staff member <paramref name="userId"/>, for an assignment in the caller's unit of work; null when there is no such staff member.</summary>
    public static Task<string?> NameOfAsync(PortalDbContext db, string userId, CancellationToken ct) =>
        Members(db).Where(u => u.Id == userId).Select(u => u.UserName).FirstOrDefaultAsync(ct);

    private static IQueryable<PortalUser> Members(PortalDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Users.Where(u => u.AccessDisabledAt == null
            && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && PortalRoles.All.Contains(r.Name!))));
    }
}
