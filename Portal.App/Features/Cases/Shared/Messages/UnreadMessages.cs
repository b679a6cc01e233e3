using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.App.Infrastructure.Data;

namespace Portal.App.Features.Cases.Shared.Messages;

/// <summary>How many replies the signed-in parent has not opened: the menu's count.</summary>
public sealed class UnreadMessages(IDbContextFactory<PortalDbContext> dbFactory)
{
    public async Task<int> CountAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (ParentCaseAccess.ParentOf(user) is not (string userId, string personId)) return 0;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await MessageThreads.VisibleToParent(db, userId, personId).SumAsync(t => t.ParentUnread, ct);
    }
}
