using Microsoft.EntityFrameworkCore;
using Portal.App.Infrastructure.Data;
using Portal.App.Infrastructure.Identity;

namespace Portal.App.Features.Staff.Shared;

/// <summary>What the inbox and the forms queue both offer: who work can be assigned to (the staff accounts that are not disabled), and the offices to filter by.</summary>
public static class StaffDirectory
{
    public static IQueryable<PortalUser> Members(PortalDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Users.Where(u => u.AccessDisabledAt == null
            && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && PortalRoles.All.Contains(r.Name!))));
    }

    /// <summary>The staff members by user name.</summary>
    public static Task<List<Caseworker>> CaseworkersAsync(PortalDbContext db, CancellationToken ct) =>
        Members(db).OrderBy(u => u.UserName).Select(u => new Caseworker(u.Id, u.UserName!)).ToListAsync(ct);

    /// <summary>The user name of the staff member <paramref name="userId"/>; null when there is no such staff member.</summary>
    public static Task<string?> NameOfAsync(PortalDbContext db, string userId, CancellationToken ct) =>
        Members(db).Where(u => u.Id == userId).Select(u => u.UserName).FirstOrDefaultAsync(ct);

    /// <summary>The offices, by name.</summary>
    public static Task<List<StaffOffice>> OfficesAsync(PortalDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Offices.AsNoTracking().OrderBy(o => o.Name).Select(o => new StaffOffice(o.Code, o.Name)).ToListAsync(ct);
    }
}
