using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Features.Applications;
using Portal.App.Features.Cases.Shared.Applications;
using Portal.App.Infrastructure.Identity;
using Portal.App.Platform.Session;
using Portal.Domain.Applications;
using Portal.Tests.Features.Staff;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Applications;

/// <summary>
/// The staff test portal (seeded, clock at Sunday 2026-11-22 10:00 in Arizona) with what application tests share:
/// activated applicant accounts (no person id, no role), signed in, and their <see cref="ApplicantApplications"/> in a
/// scope of their own (as a circuit has), from a known client address.
/// </summary>
public sealed class ApplicationsPortal : IDisposable
{
    public const string ClientIp = "203.0.113.9";
    public static readonly Uri SiteBase = new("https://portal.example.gov/");

    private readonly List<IServiceScope> scopes = [];
    private int next;

    public ApplicationsPortal() : this(postgres: null)
    {
    }

    internal ApplicationsPortal(PostgresDatabase? postgres) => Staff = new(postgres);

    public StaffPortal Staff { get; }

    public async Task<Applicant> ApplicantAsync(string first = "Ana", string last = "Ruiz")
    {
        var userName = $"applicant{Interlocked.Increment(ref next)}x{Guid.NewGuid():N}"[..24];
        var account = await TestAccounts.CreateActivatedAsync(Staff.App.Services, userName);
        var user = await TestSessions.StartAsync(Staff.App.Services, userName, Staff.Clock.GetUtcNow());
        return new Applicant(account, user, first, last, ApplicationsFor());
    }

    /// <summary>The applicant's service as a circuit gets it: its own scope, the browser's address captured.</summary>
    public ApplicantApplications ApplicationsFor() => InCircuit<ApplicantApplications>(ClientIp);

    /// <summary>A scoped service as a circuit from <paramref name="clientIp"/> gets it (the scope ends with the fixture).</summary>
    public T InCircuit<T>(string clientIp) where T : notnull
    {
        var scope = Staff.App.Services.CreateScope();
        scopes.Add(scope);
        scope.ServiceProvider.GetRequiredService<ClientAddress>().Value = clientIp;
        return scope.ServiceProvider.GetRequiredService<T>();
    }

    /// <summary>Every section answered, with <paramref name="ssn"/> typed in "About you".</summary>
    public static void Complete(ApplicationSession session, string first, string last, string ssn = "123-45-6789")
    {
        var a = session.Answers;
        (a.FirstName, a.LastName, a.DateOfBirth, a.Role) = (first, last, new DateOnly(1991, 3, 14), ApplicantRole.ReceivingParent);
        (a.Line1, a.City, a.State, a.Zip) = ("400 W Congress St", "Tucson", "AZ", "85701");
        session.TypedSsn = ssn;
        (a.OtherFirstName, a.OtherLastName, a.OtherDateOfBirthUnknown, a.OtherAddress, a.OtherEmployerUnknown) = ("Luis", "Ortega", true, "Mesa, AZ", true);
        a.Children = [new ApplicationChild { FirstName = "Mia", LastName = last, DateOfBirth = new DateOnly(2019, 6, 1) }];
        (a.Employed, a.EmployerName, a.MonthlyIncome) = (true, "Desert Grocers", 2450m);
        a.HasCourtOrder = false;
        a.Services = [SupportService.EstablishPaternity, SupportService.EstablishOrder];
        a.DocumentsLater = true;
    }

    public static ApplicationSignatureEntry Signature(string name) => new() { Consented = true, Declared = true, Name = name };

    public async Task<SupportApplication> ApplicationAsync(Guid id)
    {
        await using var db = await Staff.DbAsync();
        return await db.SupportApplications.AsNoTracking().SingleAsync(a => a.Id == id);
    }

    /// <summary>Dates an application back, as if started <paramref name="days"/> days ago (the class's clock only moves forward).</summary>
    public async Task StartedDaysAgoAsync(Guid id, double days)
    {
        var startedAt = Staff.Clock.GetUtcNow().AddDays(-days);
        await using var db = await Staff.DbAsync();
        await db.SupportApplications.Where(a => a.Id == id)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.StartedAt, startedAt).SetProperty(a => a.ExpiresAt, ApplicationExpiry.Default.ExpiresAt(startedAt)));
    }

    public void Dispose()
    {
        foreach (var scope in scopes) scope.Dispose();
        Staff.Dispose();
    }
}

public sealed record Applicant(PortalUser Account, ClaimsPrincipal User, string FirstName, string LastName, ApplicantApplications Applications);
