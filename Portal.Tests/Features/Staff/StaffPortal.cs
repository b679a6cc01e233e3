using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Features.Staff.Audit;
using Portal.App.Features.Staff.CaseView;
using Portal.App.Features.Staff.Shared;
using Portal.App.Infrastructure.Data;
using Portal.App.Infrastructure.Email;
using Portal.App.Infrastructure.Identity;
using Portal.Domain.Cases;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Staff;

/// <summary>
/// One seeded app per test class (the demo caseworker, supervisor and parent included), a clock standing at
/// 2026-11-22 10:00 in Arizona, and the principals staff services are called with.
/// </summary>
public sealed class StaffPortal : IDisposable
{
    private static readonly Lazy<IReadOnlyList<(CaseNumber Case, string PersonId)>> Parents = new(() =>
    {
        var demo = DemoData.Load().Identities;
        // Never a demo person's case: other tests (and the demo) use those.
        var demoCases = new[] { demo.ReadyToRegister.CaseNumber, demo.RegisteredParent.CaseNumber, demo.NonIvDParent.CaseNumber };
        var rows = SeedCsv.Rows("participants.csv").ToList();
        return [.. rows
            .Where(p => p["Role"] is "CustodialParent" or "NonCustodialParent" && p["Email"].Length > 0 && !demoCases.Contains(p["CaseNumber"]))
            .Where(p => rows.Count(other => other["PersonId"] == p["PersonId"]) == 1)
            .DistinctBy(p => p["CaseNumber"]) // one parent per case: each call gives a case no other call touches
            .Select(p => (CaseNumber.Parse(p["CaseNumber"]), p["PersonId"]))];
    });

    private int nextParent;

    public ControlledPortal App { get; }

    public StaffPortal() : this(postgres: null)
    {
    }

    /// <summary>On a PostgreSQL database of the leg (the caller drops it after disposing this).</summary>
    internal StaffPortal(PostgresDatabase? postgres)
    {
        App = new(seed: true, postgres: postgres);
        Caseworker = PrincipalFor("caseworker", PortalRoles.Caseworker);
        Supervisor = PrincipalFor("supervisor", PortalRoles.Supervisor);
    }

    public ClaimsPrincipal Caseworker { get; }
    public ClaimsPrincipal Supervisor { get; }

    public static ClaimsPrincipal Anonymous => new(new ClaimsIdentity());

    /// <summary>A signed-in parent: authenticated, with a person id, and no role.</summary>
    public static ClaimsPrincipal Parent(string personId = "P00000001") => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.NameIdentifier, "parent-" + personId), new Claim(ClaimTypes.Name, "some.parent"), new Claim(PortalClaims.PersonId, personId)],
        "Test", ClaimTypes.Name, ClaimTypes.Role));

    public T Get<T>() where T : notnull => App.Services.GetRequiredService<T>();

    /// <summary>An HTTP client that does not follow redirects, signed in through the real forms as a seeded demo person, or anonymous.</summary>
    public async Task<HttpClient> ClientAsync(string who) => who switch
    {
        "anonymous" => App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }),
        "parent" => await SignedInClient.CreateAsync(App, "eloisa.demo", "Saguaro#Blooms26"),
        "caseworker" => await SignedInClient.CreateAsync(App, "caseworker", "Ocotillo#Desk26"),
        "supervisor" => await SignedInClient.CreateAsync(App, "supervisor", "Mesquite#Review26"),
        _ => throw new ArgumentOutOfRangeException(nameof(who)),
    };

    public ManualTimeProvider Clock => App.Clock;

    public Task<PortalDbContext> DbAsync() => App.CreateDbContextAsync();

    /// <summary>A parent on one seeded case, with no account yet; each call gives another case (tests share the database).</summary>
    public (CaseNumber Case, string PersonId) NextParent() => Parents.Value[Interlocked.Increment(ref nextParent)];

    /// <summary>An activated account for the next seeded parent, and its case.</summary>
    public async Task<(CaseNumber Case, PortalUser Account)> ParentAccountAsync(string culture = "en-US")
    {
        var (caseNumber, personId) = NextParent();
        var account = await TestAccounts.CreateActivatedAsync(App.Services, "parent." + personId.ToLowerInvariant(), personId);
        if (culture != "en-US") await UpdateAsync(account.Id, u => u.PreferredCulture = culture);
        return (caseNumber, account);
    }

    public async Task UpdateAsync(string userId, Action<PortalUser> change)
    {
        await using var db = await DbAsync();
        var user = await db.Users.SingleAsync(u => u.Id == userId);
        change(user);
        await db.SaveChangesAsync();
    }

    public async Task<PortalUser> AccountAsync(string userId)
    {
        await using var db = await DbAsync();
        return await db.Users.AsNoTracking().SingleAsync(u => u.Id == userId);
    }

    public async Task<List<StaffAuditEntry>> AuditAsync(string? subjectUserId = null, string? caseNumber = null)
    {
        await using var db = await DbAsync();
        return await db.StaffAuditEntries.AsNoTracking()
            .Where(e => (subjectUserId == null || e.SubjectUserId == subjectUserId) && (caseNumber == null || e.CaseNumber == caseNumber))
            .OrderBy(e => e.Id).ToListAsync();
    }

    /// <summary>The messages queued for <paramref name="address"/>, oldest first, as the recipient will read them.</summary>
    public async Task<List<OutgoingEmail>> MailToAsync(string address)
    {
        await using var db = await DbAsync();
        var queued = await db.OutboxMessages.AsNoTracking().Where(m => m.ToAddress == address).OrderBy(m => m.CreatedAt).ToListAsync();
        return queued.Select(App.Services.Readable).ToList();
    }

    public void Dispose() => App.Dispose();

    private ClaimsPrincipal PrincipalFor(string userName, string role)
    {
        using var scope = App.Services.CreateScope();
        var user = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByNameAsync(userName).GetAwaiter().GetResult()
            ?? throw new InvalidOperationException($"the seed has no {userName}");
        return new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, user.Id), new Claim(ClaimTypes.Name, userName), new Claim(ClaimTypes.Role, role)],
            "Test", ClaimTypes.Name, ClaimTypes.Role));
    }
}
