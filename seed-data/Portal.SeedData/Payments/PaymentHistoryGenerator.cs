using Bogus;
using Portal.Domain.Cases;
using Portal.Domain.Payments;

namespace Portal.SeedData.Payments;

/// <summary>
/// Turns a payer profile and a case's orders into a believable payment history between two dates: amounts
/// follow the order in effect, dates fall on business days, and statuses reflect what the state would show
/// on the as-of day (recent payments not yet disbursed, some tax intercepts held, the odd returned check).
/// </summary>
internal sealed class PaymentHistoryGenerator(Randomizer random, ReceiptNumberSequence receipts, DateOnly asOf)
{
    private readonly List<(DateOnly On, decimal Amount, PaymentSource Source)> planned = [];

    public PaymentHistory Generate(PayerProfile profile, IReadOnlyList<SupportOrder> orders, DateOnly from, DateOnly through, bool interceptsAllowed)
    {
        planned.Clear();
        DateOnly? withholdingStarted = null, jobLost = null, newEmployer = null;
        switch (profile)
        {
            case PayerProfile.SteadyWithholding:
                (withholdingStarted, jobLost, newEmployer) = PlanWithholding(orders, from, through);
                break;
            case PayerProfile.ReliableDirectPayer:
                PlanReliableDirect(orders, from, through);
                break;
            case PayerProfile.IrregularDirectPayer:
                PlanIrregularDirect(orders, from, through);
                if (interceptsAllowed) PlanTaxIntercepts(from, through, federalChance: 0.45, stateChance: 0.25);
                break;
            case PayerProfile.NonPayer:
                if (interceptsAllowed)
                {
                    PlanTaxIntercepts(from, through, federalChance: 0.7, stateChance: 0.4);
                    if (random.Double() < 0.3) PlanUnemploymentIntercept(from, through);
                    if (random.Double() < 0.02) Plan(RandomDay(from, through), random.Number(100, 600), PaymentSource.LotteryIntercept);
                }
                if (random.Double() < 0.25) PlanOccasionalDirect(orders, from, through);
                break;
        }

        var payments = planned
            .Where(p => p.On >= from && p.On <= through && p.Amount > 0)
            .OrderBy(p => p.On)
            .Select(p => Settle(p.On, p.Amount, p.Source))
            .ToList();
        return new PaymentHistory(payments, withholdingStarted, jobLost, newEmployer);
    }

    private (DateOnly? Started, DateOnly? JobLost, DateOnly? NewEmployer) PlanWithholding(IReadOnlyList<SupportOrder> orders, DateOnly from, DateOnly through)
    {
        // An income withholding order takes a few weeks to reach payroll after the order starts.
        var started = Max(from, orders[0].StartDate.AddDays(random.Number(20, 50)));
        DateOnly? gapStart = null, gapEnd = null;
        if (random.Double() < 0.35 && through.DayNumber - started.DayNumber > 200)
        {
            gapStart = started.AddDays(random.Number(60, through.DayNumber - started.DayNumber - 100));
            gapEnd = gapStart.Value.AddDays(random.Number(30, 95));
        }

        var frequency = random.Number(0, 9);
        var day = started;
        var catchUp = false;
        while (day <= through)
        {
            var inGap = gapStart is { } gs && gapEnd is { } ge && day >= gs && day < ge;
            if (gapEnd is { } end && day >= end) catchUp = true;
            var monthly = Obligation(orders, day);
            if (!inGap && monthly > 0)
            {
                // Withheld per paycheck: biweekly (26 a year), semi-monthly (24) or monthly (12).
                var perPay = frequency switch { < 5 => monthly * 12m / 26m, < 8 => monthly / 2m, _ => monthly };
                if (catchUp) perPay *= 1.2m; // after a gap the new employer also withholds towards arrears
                if (random.Double() < 0.08) perPay *= (decimal)(0.55 + random.Double() * 0.4); // a short paycheck caps what can be withheld
                Plan(ArizonaCalendar.OnOrAfterBusinessDay(day.AddDays(random.Number(1, 3))), Cents(perPay), PaymentSource.WageWithholding);
            }
            day = frequency switch
            {
                < 5 => day.AddDays(14),
                < 8 => day.Day < 15 ? new DateOnly(day.Year, day.Month, 15) : ArizonaCalendar.FirstOfMonth(day).AddMonths(1),
                _ => day.AddMonths(1),
            };
        }
        return (started, gapStart, gapEnd);
    }

    private void PlanReliableDirect(IReadOnlyList<SupportOrder> orders, DateOnly from, DateOnly through)
    {
        var preferredDay = random.Number(1, 25);
        foreach (var month in Months(from, through))
        {
            var monthly = Obligation(orders, month);
            if (monthly == 0) continue;
            var amount = monthly;
            var roll = random.Double();
            if (roll < 0.2) amount = Math.Ceiling((monthly + 1) / 50m) * 50m; // rounds up to the next $50
            else if (roll < 0.27) amount = monthly + random.Number(5, 40);
            var day = Math.Clamp(preferredDay + random.Number(-3, 3), 1, 28);
            Plan(month.AddDays(day - 1), amount, PaymentSource.DirectPayment);
        }
    }

    private void PlanIrregularDirect(IReadOnlyList<SupportOrder> orders, DateOnly from, DateOnly through)
    {
        foreach (var month in Months(from, through))
        {
            var monthly = Obligation(orders, month);
            if (monthly == 0) continue;
            var roll = random.Double();
            if (roll < 0.24) continue; // a skipped month
            decimal amount;
            if (roll < 0.62) amount = monthly;
            else if (roll < 0.9) amount = random.Double() < 0.6
                ? Math.Round(monthly * (decimal)(0.3 + random.Double() * 0.6))
                : Cents(monthly * (decimal)(0.3 + random.Double() * 0.6));
            else amount = Math.Round(monthly * (decimal)(1.5 + random.Double() * 1.5) / 10m) * 10m; // catch-up lump sum
            if (random.Double() < 0.15 && amount > 100)
            {
                // Split across two visits to a payment location.
                var first = Math.Round(amount * 0.5m);
                Plan(month.AddDays(random.Number(0, 12)), first, PaymentSource.DirectPayment);
                Plan(month.AddDays(random.Number(14, 27)), amount - first, PaymentSource.DirectPayment);
            }
            else
            {
                Plan(month.AddDays(random.Number(0, 27)), amount, PaymentSource.DirectPayment);
            }
        }
    }

    private void PlanOccasionalDirect(IReadOnlyList<SupportOrder> orders, DateOnly from, DateOnly through)
    {
        for (var i = random.Number(1, 2); i > 0; i--)
        {
            var on = RandomDay(from, through);
            var monthly = Obligation(orders, on);
            if (monthly > 0) Plan(on, Math.Round(monthly * (decimal)(0.2 + random.Double() * 0.5)), PaymentSource.DirectPayment);
        }
    }

    // Refund offsets arrive in tax season: federal from mid-February, state a little later.
    private void PlanTaxIntercepts(DateOnly from, DateOnly through, double federalChance, double stateChance)
    {
        for (var year = from.Year; year <= through.Year; year++)
        {
            if (random.Double() < federalChance)
            {
                var amount = Cents(200m + (decimal)Math.Pow(random.Double(), 2) * 4600m);
                Plan(new DateOnly(year, 2, 10).AddDays(random.Number(0, 75)), amount, PaymentSource.FederalTaxIntercept);
            }
            if (random.Double() < stateChance)
            {
                Plan(new DateOnly(year, 3, 1).AddDays(random.Number(0, 60)), Cents(40m + (decimal)random.Double() * 860m), PaymentSource.StateTaxIntercept);
            }
        }
    }

    private void PlanUnemploymentIntercept(DateOnly from, DateOnly through)
    {
        var span = through.DayNumber - from.DayNumber;
        if (span < 30) return;
        var week = from.AddDays(random.Number(0, span - 30));
        var amount = Cents(40m + (decimal)random.Double() * 90m);
        for (var i = random.Number(4, 16); i > 0; i--, week = week.AddDays(7)) Plan(week, amount, PaymentSource.UnemploymentIntercept);
    }

    private DateOnly RandomDay(DateOnly from, DateOnly through) =>
        from.AddDays(random.Number(0, Math.Max(0, through.DayNumber - from.DayNumber)));

    private void Plan(DateOnly on, decimal amount, PaymentSource source) =>
        planned.Add((ArizonaCalendar.OnOrAfterBusinessDay(on), amount, source));

    private Payment Settle(DateOnly receivedOn, decimal amount, PaymentSource source)
    {
        var payment = new Payment(0, receipts.Next(), receivedOn, Money.Dollars(amount), source);
        var isTaxIntercept = source is PaymentSource.FederalTaxIntercept or PaymentSource.StateTaxIntercept;
        var disbursedOn = ArizonaCalendar.AddBusinessDays(receivedOn, random.Number(1, 3));
        if (source == PaymentSource.DirectPayment && random.Double() < 0.02) payment.Reverse(); // a returned check
        else if (isTaxIntercept && receivedOn > asOf.AddDays(-300) && random.Double() < 0.25) payment.Hold(); // e.g. a joint return under review
        else if (disbursedOn <= asOf) payment.Disburse(disbursedOn);
        return payment;
    }

    private static decimal Obligation(IReadOnlyList<SupportOrder> orders, DateOnly on)
    {
        foreach (var order in orders)
        {
            if (order.IsInEffectOn(on)) return order.MonthlyAmount.Amount;
        }
        return 0m;
    }

    private static IEnumerable<DateOnly> Months(DateOnly from, DateOnly through)
    {
        for (var month = ArizonaCalendar.FirstOfMonth(from); month <= through; month = month.AddMonths(1)) yield return month;
    }

    private static decimal Cents(decimal amount) => decimal.Round(amount, 2, MidpointRounding.AwayFromZero);

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
