using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.App.Infrastructure.Data;
using Portal.Domain.Applications;

namespace Portal.App.Features.Cases.Shared.Applications;

/// <summary>
/// What every part of the portal asks of applications: starting one (with the account that applies), the applicant's
/// date of birth (activation checks the phone PIN against it), and the applicant's latest application (the dashboard).
/// </summary>
public sealed class SupportApplications(IDbContextFactory<PortalDbContext> dbFactory, ApplicationProtector protector, IOptions<ApplicationsOptions> options)
{
    public ApplicationExpiry Expiry => options.Value.Expiry;

    /// <summary>Adds a new draft to the caller's unit of work.</summary>
    public SupportApplication Start(PortalDbContext db, string userId, ApplicationAnswers answers, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(db);
        var application = new SupportApplication(Guid.NewGuid(), userId, now, Expiry.ExpiresAt(now), protector.Protect(answers));
        db.SupportApplications.Add(application);
        return application;
    }

    /// <summary>The date of birth on the account's latest application, if it gave one.</summary>
    public async Task<DateOnly?> DateOfBirthAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var latest = await db.SupportApplications.AsNoTracking().Where(a => a.UserId == userId).OrderByDescending(a => a.StartedAt)
            .Select(a => a.ProtectedAnswers).FirstOrDefaultAsync(ct);
        return latest is null ? null : protector.Answers(latest).DateOfBirth;
    }

    public async Task<ApplicationSummary?> LatestForAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.SupportApplications.AsNoTracking().Where(a => a.UserId == userId).OrderByDescending(a => a.StartedAt)
            .Select(a => new ApplicationSummary(a.Id, a.Status, a.Reference, a.StartedAt, a.ExpiresAt, a.SubmittedAt, a.LinkedCaseNumber))
            .FirstOrDefaultAsync(ct);
    }
}
