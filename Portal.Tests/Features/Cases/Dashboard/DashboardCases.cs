using Microsoft.EntityFrameworkCore;
using Portal.App.Infrastructure.Data;
using Portal.Domain.Cases;
using Portal.Domain.Payments;

namespace Portal.Tests.Features.Cases.Dashboard;

/// <summary>
/// Small cases whose figures are worked out by hand (the clock stands at 2026-11-22 in Arizona):
/// <list type="bullet">
/// <item>Arrears: $500 a month from 2026-08-01 (4 installments, $2,000); paid $500 (Aug 5), $300 (Sep 10), $200 (Nov 3),
/// and $500 on Oct 2 that was reversed. Paid $1,000, so $1,000 owed: $300 of November's installment and $700 arrears.</item>
/// <item>Credit: $100 a month from 2026-11-01, paid $250 on Nov 2: $150 credit, nothing owed.</item>
/// <item>Empty: no order, no payment, no action.</item>
/// </list>
/// The parent <see cref="Parent"/> is on Arrears and Credit; <see cref="Stranger"/> only on Empty.
/// </summary>
public static class DashboardCases
{
    public const string Parent = "P9000001";
    public const string OtherParent = "P9000002";
    public const string Stranger = "P9000003";

    public static readonly CaseNumber Arrears = CaseNumber.FromSerial(900_000_001);
    public static readonly CaseNumber Credit = CaseNumber.FromSerial(900_000_002);
    public static readonly CaseNumber Empty = CaseNumber.FromSerial(900_000_003);
    /// <summary>The stranger's second case: 12 payments of $10 to $120, one each month of 2025, for paging.</summary>
    public static readonly CaseNumber Many = CaseNumber.FromSerial(900_000_004);
    public static readonly CaseNumber Nonexistent = CaseNumber.FromSerial(900_000_999);

    public static async Task AddAsync(PortalDbContext db)
    {
        var arrears = NewCase(Arrears, new SupportOrder(Money.Dollars(500m), new DateOnly(2026, 8, 1)));
        arrears.AddParticipant(new Participant(Parent, ParticipantRole.CustodialParent, "Rosa", "Quintero", new DateOnly(1988, 3, 2)));
        arrears.AddParticipant(new Participant(OtherParent, ParticipantRole.NonCustodialParent, "Mateo", "Vargas", new DateOnly(1985, 6, 9)));
        arrears.AddParticipant(new Participant("P9000009", ParticipantRole.Child, "Lucia", "Vargas", new DateOnly(2016, 1, 1)));

        var credit = NewCase(Credit, new SupportOrder(Money.Dollars(100m), new DateOnly(2026, 11, 1)));
        credit.AddParticipant(new Participant(Parent, ParticipantRole.NonCustodialParent, "Rosa", "Quintero", new DateOnly(1988, 3, 2)));

        var empty = NewCase(Empty, order: null);
        empty.AddParticipant(new Participant(Stranger, ParticipantRole.CustodialParent, "Ana", "Lopez", new DateOnly(1990, 1, 1)));

        var many = NewCase(Many, new SupportOrder(Money.Dollars(120m), new DateOnly(2025, 1, 1)));
        many.AddParticipant(new Participant(Stranger, ParticipantRole.CustodialParent, "Ana", "Lopez", new DateOnly(1990, 1, 1)));

        db.Cases.AddRange(arrears, credit, empty, many);
        await db.SaveChangesAsync();

        db.Payments.AddRange(
            new Payment(arrears.Id, "T-0001", new DateOnly(2026, 8, 5), Money.Dollars(500m), PaymentSource.WageWithholding),
            new Payment(arrears.Id, "T-0002", new DateOnly(2026, 9, 10), Money.Dollars(300m), PaymentSource.DirectPayment),
            Reversed(new Payment(arrears.Id, "T-0003", new DateOnly(2026, 10, 2), Money.Dollars(500m), PaymentSource.DirectPayment)),
            new Payment(arrears.Id, "T-0004", new DateOnly(2026, 11, 3), Money.Dollars(200m), PaymentSource.WageWithholding),
            new Payment(credit.Id, "T-0101", new DateOnly(2026, 11, 2), Money.Dollars(250m), PaymentSource.DirectPayment));
        db.Payments.AddRange(Enumerable.Range(1, 12).Select(month =>
            new Payment(many.Id, $"M-{month:00}", new DateOnly(2025, month, 15), Money.Dollars(10m * month), PaymentSource.WageWithholding)));
        db.CaseActions.AddRange(
            new CaseAction(arrears.Id, new DateTimeOffset(2026, 7, 20, 9, 0, 0, TimeSpan.FromHours(-7)), CaseActionType.CaseOpened, "Opened."),
            new CaseAction(arrears.Id, new DateTimeOffset(2026, 8, 1, 9, 0, 0, TimeSpan.FromHours(-7)), CaseActionType.OrderEstablished, "Order."));
        await db.SaveChangesAsync();
    }

    private static Case NewCase(CaseNumber number, SupportOrder? order)
    {
        var @case = new Case(number, CaseProgram.IvD, "Maricopa", "PHXC", new DateOnly(2026, 7, 20));
        if (order is not null) @case.AddOrder(order);
        return @case;
    }

    private static Payment Reversed(Payment payment)
    {
        payment.Reverse();
        return payment;
    }

    public static async Task<int> CaseIdAsync(PortalDbContext db, CaseNumber number) =>
        await db.Cases.Where(c => c.Number == number).Select(c => c.Id).SingleAsync();
}
