using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.App.Features.Accounts.Shared;
using Portal.App.Features.Cases.Shared.Applications;
using Portal.App.Infrastructure.Data;
using Portal.App.Infrastructure.Identity;
using Portal.Domain.Applications;

namespace Portal.App.Features.Applications;

/// <summary>
/// An applicant whose case has opened links it to their account themselves, with registration's "Find your case" (case
/// number, SSN, date of birth, address and ZIP; rate-limited, every failure alike, the owner of an existing account told).
/// The account becomes the parent's with no second registration: its claims refresh on its next request. A draft
/// application goes (its sealed SSN with it): the case no longer needs it; the documents sent with it go to the case.
/// While a submitted application is open, the caseworker deciding it links the case, so linking here waits for that.
/// </summary>
public sealed partial class ApplicantCaseLink(
    IDbContextFactory<PortalDbContext> dbFactory,
    CaseMatcher matcher,
    UserManager<PortalUser> users,
    TimeProvider time,
    ILogger<ApplicantCaseLink> logger)
{
    /// <summary>False while a submitted application is open: the caseworker links the case then.</summary>
    public async Task<bool> MayLinkAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (PortalAuthorizationPolicies.ApplicantIdOf(user) is not { } userId) return false;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return !await HasOpenSubmittedAsync(db, userId, ct);
    }

    public async Task<CaseLinkResult> LinkAsync(ClaimsPrincipal user, CaseMatchRequest request, string clientAddress, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (PortalAuthorizationPolicies.ApplicantIdOf(user) is not { } userId) return new CaseLinkResult.NotAvailable();
        if (!await MayLinkAsync(user, ct)) return new CaseLinkResult.NotAvailable();
        return await matcher.MatchAsync(request, clientAddress, ct) switch
        {
            CaseMatchResult.Matched matched => await LinkAsync(userId, matched.Parent, clientAddress, ct),
            CaseMatchResult.NonIvDCase => new CaseLinkResult.ClerkOfCourt(),
            _ => new CaseLinkResult.NoMatch(),
        };
    }

    private async Task<CaseLinkResult> LinkAsync(string userId, MatchedParent parent, string clientAddress, CancellationToken ct)
    {
        // A registration for this parent that was never verified stands in the way of no one: it goes, as registration replaces it.
        if (await users.Users.FirstOrDefaultAsync(u => u.PersonId == parent.PersonId && !u.EmailConfirmed, ct) is { } abandoned)
        {
            await users.DeleteAsync(abandoned);
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var linked = await db.InWriterTransactionAsync(async () =>
        {
            var account = await db.Users.SingleAsync(u => u.Id == userId, ct);
            if (account.PersonId is not null || await HasOpenSubmittedAsync(db, userId, ct) || await db.Users.AnyAsync(u => u.PersonId == parent.PersonId, ct))
            {
                return false;
            }
            var now = time.GetUtcNow();
            account.PersonId = parent.PersonId;
            account.ConcurrencyStamp = Guid.NewGuid().ToString();
            // The draft's documents were sent for the state: they go to the case. Its answers (and sealed SSN) go.
            foreach (var draft in await db.SupportApplications.Where(a => a.UserId == userId && a.Status == ApplicationStatus.Draft).ToListAsync(ct))
            {
                await ApplicationDocuments.MoveToCaseAsync(db, draft.Id, parent.CaseNumber, userId, parent.PersonId, ct);
                db.SupportApplications.Remove(draft);
            }
            db.AccountActivities.Add(new AccountActivity(userId, AccountActivityKind.CaseLinked, now, clientAddress == Platform.Session.ClientAddress.Unknown ? null : clientAddress));
            await db.SaveChangesAsync(ct);
            return true;
        }, ct);
        if (!linked) return new CaseLinkResult.NotAvailable();
        LogLinked();
        return new CaseLinkResult.Linked(parent.CaseNumber);
    }

    private static Task<bool> HasOpenSubmittedAsync(PortalDbContext db, string userId, CancellationToken ct) =>
        db.SupportApplications.AnyAsync(a => a.UserId == userId && a.SubmittedAt != null
            && a.Status != ApplicationStatus.Accepted && a.Status != ApplicationStatus.Declined, ct);

    [LoggerMessage(Level = LogLevel.Information, Message = "An applicant linked their own case to their account")]
    private partial void LogLinked();
}
