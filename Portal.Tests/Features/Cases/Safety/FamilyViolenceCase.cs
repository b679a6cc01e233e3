using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Infrastructure.Data;
using Portal.Domain.Cases;
using Portal.Domain.Payments;
using Portal.Tests.Features.Cases.Dashboard;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Cases.Safety;

/// <summary>
/// One app with a case whose custodial parent carries the family-violence indicator, both parents with portal accounts.
/// Parent pages are reached as a parent by <see cref="TestParentAuthenticationHandler"/>; services by the accounts.
/// </summary>
public sealed class FamilyViolenceCase : IDisposable
{
    public const string Protected = "P9100001";
    public const string Other = "P9100002";
    public const string ProtectedUser = "sofia.protected";
    public const string OtherUser = "mateo.other";

    public static readonly CaseNumber Number = CaseNumber.FromSerial(910_000_001);
    public static readonly MailingAddress ProtectedAddress = new("4286 N Bell Cir", "Unit 9Q", "Lakeside", "AZ", "85929");
    public static readonly ParticipantPhone ProtectedPhone = new(PhoneKind.Mobile, "9285550174");
    public static readonly ParticipantPhone ProtectedWorkPhone = new(PhoneKind.Work, "9285550133");
    public const string ProtectedEmail = "sofia.hidden@example.net";

    private readonly ControlledPortal controlled = new();

    public FamilyViolenceCase()
    {
        App = controlled.WithWebHostBuilder(builder => builder.ConfigureTestServices(TestParentAuthenticationHandler.UseAsDefault));
        using (var db = Databases.CreateDbContext())
        {
            var @case = new Case(Number, CaseProgram.IvD, "Navajo", "SHLW", new DateOnly(2026, 1, 5));
            @case.AddOrder(new SupportOrder(Money.Dollars(300m), new DateOnly(2026, 2, 1)));
            var custodial = new Participant(Protected, ParticipantRole.CustodialParent, "Sofia", "Acevedo", new DateOnly(1994, 4, 24));
            custodial.UpdateContact(ProtectedAddress, ProtectedEmail, [ProtectedPhone, ProtectedWorkPhone]);
            custodial.MarkFamilyViolence();
            var paying = new Participant(Other, ParticipantRole.NonCustodialParent, "Mateo", "Vargas", new DateOnly(1985, 6, 9));
            paying.UpdateContact(new MailingAddress("77 Deuce Ave", null, "Holbrook", "AZ", "86025"), "mateo.v@example.org", [new(PhoneKind.Home, "9285550188")]);
            @case.AddParticipant(custodial);
            @case.AddParticipant(paying);
            db.Cases.Add(@case);
            db.SaveChanges();
            db.Payments.Add(new Payment(@case.Id, "FV-0001", new DateOnly(2026, 10, 5), Money.Dollars(300m), PaymentSource.WageWithholding));
            db.SaveChanges();
        }
        TestAccounts.CreateActivatedAsync(App.Services, ProtectedUser, personId: Protected).GetAwaiter().GetResult();
        TestAccounts.CreateActivatedAsync(App.Services, OtherUser, personId: Other).GetAwaiter().GetResult();
    }

    public WebApplicationFactory<Program> App { get; }

    public ManualTimeProvider Clock => controlled.Clock;

    public IDbContextFactory<PortalDbContext> Databases => App.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>();

    /// <summary>Every way the protected parent's address, phones and email could be written on a page, a file or an email.</summary>
    public static IReadOnlyList<string> ProtectedStrings(MailingAddress address) =>
    [
        address.Line1, address.Line2 ?? address.Line1, address.City, address.Zip, ProtectedEmail,
        .. new[] { ProtectedPhone, ProtectedWorkPhone }.SelectMany(p => new[] { p.Number, p.Display, $"{p.Number[..3]}-{p.Number[3..6]}-{p.Number[6..]}" }),
    ];

    public HttpClient ClientFor(string personId)
    {
        var client = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(TestParentAuthenticationHandler.PersonIdHeader, personId);
        return client;
    }

    public void Dispose()
    {
        App.Dispose();
        controlled.Dispose();
    }
}
