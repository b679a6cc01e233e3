using Bogus;
using Portal.Domain.Cases;
using Portal.Domain.Payments;

namespace Portal.Tests.Support;

/// <summary>Random but repeatable orders and payments (fixed seed), for rules that must hold for any history.</summary>
public static class LedgerFakers
{
    public static Faker<SupportOrder> Orders(int seed) => new Faker<SupportOrder>()
        .UseSeed(seed)
        .CustomInstantiator(f => new SupportOrder(
            Money.Dollars(f.Random.Int(50, 1500)),
            f.Date.BetweenDateOnly(new DateOnly(2022, 1, 1), new DateOnly(2026, 6, 30))));

    /// <summary>A random history: orders with modifications, payments from two months before the first order, and a day to look at it.</summary>
    public static (IReadOnlyList<SupportOrder> Orders, IReadOnlyList<Payment> Payments, DateOnly AsOf) History(int seed)
    {
        var faker = new Faker { Random = new Randomizer(seed) };
        var orders = OrderHistory(seed);
        var payments = Payments(seed, orders[0].StartDate.AddMonths(-2)).Generate(faker.Random.Int(0, 40));
        return (orders, payments, faker.Date.BetweenDateOnly(orders[0].StartDate, new DateOnly(2026, 12, 31)));
    }

    /// <summary>An order and up to three modifications, each ending the order before it (some mid-month), like seed-data's.</summary>
    private static List<SupportOrder> OrderHistory(int seed)
    {
        var faker = new Faker { Random = new Randomizer(seed) };
        var start = faker.Date.BetweenDateOnly(new DateOnly(2022, 1, 1), new DateOnly(2025, 6, 30));
        var orders = new List<SupportOrder>();
        for (var modifications = faker.Random.Int(0, 3); ; modifications--)
        {
            var amount = Money.Dollars(faker.Random.Int(50, 1500));
            if (modifications == 0)
            {
                orders.Add(new SupportOrder(amount, start, faker.Random.Bool(0.2f) ? start.AddMonths(faker.Random.Int(0, 12)) : null));
                return orders;
            }
            var next = start.AddDays(faker.Random.Int(20, 400));
            orders.Add(new SupportOrder(amount, start, next.AddDays(-1)));
            start = next;
        }
    }

    public static Faker<Payment> Payments(int seed, DateOnly from)
    {
        var receipt = 0;
        return new Faker<Payment>()
            .UseSeed(seed)
            .CustomInstantiator(f =>
            {
                var payment = new Payment(1, $"T{++receipt}", f.Date.BetweenDateOnly(from, new DateOnly(2026, 12, 31)),
                    Money.Dollars(f.Random.Decimal(5, 2000)), f.PickRandom<PaymentSource>());
                if (f.Random.Bool(0.05f)) payment.Reverse();
                return payment;
            });
    }
}
