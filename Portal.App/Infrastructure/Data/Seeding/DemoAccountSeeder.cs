using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.App.Features.Accounts.Registration;
using Portal.App.Features.Accounts.Shared;
using Portal.App.Infrastructure.Identity;
using Portal.Domain.Accounts;

namespace Portal.App.Infrastructure.Data.Seeding;

/// <summary>Creates the demo accounts listed in seed-data/demo-identities.json, alongside the demo data they belong to.</summary>
public sealed partial class DemoAccountSeeder(
    UserManager<PortalUser> users,
    IPasswordHasher<PortalUser> hasher,
    IDbContextFactory<PortalDbContext> dbFactory,
    TimeProvider time,
    ILogger<DemoAccountSeeder> logger)
{
    public async Task CreateAsync(DemoIdentities demo)
    {
        var parent = demo.RegisteredParent;
        if (parent.UserName is null || parent.Password is null) throw new InvalidOperationException("The registered demo parent needs a user name and a password.");
        var account = new PortalUser
        {
            UserName = parent.UserName,
            Email = parent.Email,
            PersonId = parent.PersonId,
            DisplayName = $"{parent.FirstName} {parent.LastName}",
        };
        await CreateAsync(account, parent.Password, role: null);
        await AddSecurityAnswersAsync(account, parent.SecurityAnswers ?? []);

        foreach (var staff in new[] { demo.Caseworker, demo.Supervisor })
        {
            await CreateAsync(new PortalUser { UserName = staff.UserName, Email = staff.Email, DisplayName = staff.DisplayName }, staff.Password, staff.Role);
        }
    }

    private async Task CreateAsync(PortalUser user, string password, string? role)
    {
        user.EmailConfirmed = true;
        user.CreatedAt = time.GetUtcNow();
        user.ActivatedAt = user.CreatedAt;
        // Through Identity with the password, so the published demo passwords meet the portal's own policy.
        Check(await users.CreateAsync(user, password));
        if (role is not null) Check(await users.AddToRoleAsync(user, role));
        LogCreated(user.UserName!);
    }

    // Hashed over the normalised answer, exactly as registration stores them, so recovery checks them the same way.
    private async Task AddSecurityAnswersAsync(PortalUser user, IReadOnlyList<DemoSecurityAnswer> answers)
    {
        if (answers.Count == 0) return;
        await using var db = await dbFactory.CreateDbContextAsync();
        foreach (var answer in answers)
        {
            db.SecurityAnswers.Add(new SecurityAnswerRecord(user.Id, Enum.Parse<SecurityQuestion>(answer.Question), hasher.HashPassword(user, SecurityAnswer.Normalize(answer.Answer))));
        }
        await db.SaveChangesAsync();
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException("Could not create a demo account: " + string.Join("; ", result.Errors.Select(e => e.Code)));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Created demo account {UserName}")]
    private partial void LogCreated(string userName);
}
