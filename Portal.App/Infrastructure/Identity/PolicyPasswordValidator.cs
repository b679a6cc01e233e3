using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.App.Infrastructure.Data;
using Portal.Domain.Accounts;

namespace Portal.App.Infrastructure.Identity;

/// <summary>
/// Identity's password validation through the portal's <see cref="PasswordPolicy"/>, so every way of setting a
/// password (activation, reset, change) applies the same rules, including "not built from your username, case
/// number or name".
/// </summary>
public sealed class PolicyPasswordValidator(PasswordPolicy policy, IDbContextFactory<PortalDbContext> dbFactory) : IPasswordValidator<PortalUser>
{
    public async Task<IdentityResult> ValidateAsync(UserManager<PortalUser> manager, PortalUser user, string? password)
    {
        var context = await ContextForAsync(dbFactory, user, CancellationToken.None);
        var check = policy.Check(password, context);
        return check.IsAcceptable
            ? IdentityResult.Success
            : IdentityResult.Failed([.. check.Unmet.Select(r => new IdentityError { Code = $"Password{r}", Description = $"The password does not meet the requirement: {r}." })]);
    }

    /// <summary>What the password may not contain for this account: its username, its case numbers and the parent's name.</summary>
    public static async Task<PasswordContext> ContextForAsync(IDbContextFactory<PortalDbContext> dbFactory, PortalUser user, CancellationToken cancellationToken)
    {
        if (user.PersonId is null) return new PasswordContext(user.UserName, null, [user.DisplayName]);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var parent = await db.Participants.AsNoTracking()
            .Where(p => p.PersonId == user.PersonId)
            .Join(db.Cases, p => p.CaseId, c => c.Id, (p, c) => new { p.FirstName, p.LastName, c.Number })
            .FirstOrDefaultAsync(cancellationToken);
        return parent is null
            ? new PasswordContext(user.UserName, null, [user.DisplayName])
            : new PasswordContext(user.UserName, parent.Number.Digits, [parent.FirstName, parent.LastName, user.DisplayName]);
    }
}
