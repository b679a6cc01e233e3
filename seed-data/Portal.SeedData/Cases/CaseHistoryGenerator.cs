using Bogus;
using Portal.Domain.CaseSystem;
using Portal.Domain.Cases;
using Portal.Domain.Payments;
using Portal.SeedData.Payments;
using static Portal.SeedData.PlainText;

namespace Portal.SeedData.Cases;

/// <summary>
/// Tells a case's life as 10 to 40 actions, each in words a parent understands: opening, paternity, the
/// order and its changes, enforcement, some of the payments, and the closing. Times fall in office hours,
/// Arizona time, never after the as-of date.
/// </summary>
internal sealed class CaseHistoryGenerator(Randomizer random, DateOnly asOf)
{
    private const int MinimumActions = 10;
    private const int MaximumActions = 40;
    private const int OfficeOpensMinute = 8 * 60;
    private const int OfficeClosesMinute = 17 * 60;

    private static readonly string[] Documents =
    [
        "We received a copy of the birth certificate.",
        "We received the financial affidavit you sent.",
        "We received recent pay stubs.",
        "We received proof of health insurance for the children.",
        "We received a signed copy of the court order.",
        "We received proof of child care costs.",
    ];

    private static readonly string[] ClosingReasons =
    [
        "This case was closed at the request of the parent who receives support.",
        "This case was closed because the children now live with the parent who paid support.",
        "This case was closed because the parents now live together with the children.",
    ];

    private readonly List<(DateOnly On, int Rank, CaseActionType Type, string Description)> events = [];

    public IReadOnlyList<CaseActionRecord> Generate(CaseFacts facts)
    {
        events.Clear();
        var lastDay = facts.ClosedOn ?? asOf;
        var firstOrder = facts.Orders[0];
        var ivd = facts.Program == CaseProgram.IvD;

        Add(facts.OpenedOn, CaseActionType.CaseOpened, ivd
            ? $"Your child support case was opened at the {facts.OfficeName}."
            : $"This case was set up to record support payments ordered by the {facts.County} County Superior Court.", rank: 0);
        if (ivd)
        {
            Add(facts.OpenedOn.AddDays(random.Number(3, 12)), CaseActionType.NoticeSent, "A letter explaining the next steps on the case was mailed to both parents.");
            if (random.Double() < 0.6) Add(facts.OpenedOn.AddDays(random.Number(10, 40)), CaseActionType.DocumentReceived, random.ArrayElement(Documents));
            if (random.Double() < 0.45)
            {
                var paternityOn = facts.OpenedOn.AddDays(random.Number(15, Math.Max(16, firstOrder.StartDate.DayNumber - facts.OpenedOn.DayNumber - 5)));
                Add(paternityOn, CaseActionType.PaternityEstablished, $"Paternity was established for {JoinNames(facts.ChildFirstNames)}.");
            }
        }
        Add(firstOrder.StartDate, CaseActionType.OrderEstablished,
            $"A support order of {Dollars(firstOrder.MonthlyAmount.Amount)} a month was established by the {facts.County} County Superior Court.");

        for (var i = 1; i < facts.Orders.Count; i++)
        {
            var previous = facts.Orders[i - 1];
            var next = facts.Orders[i];
            var reviewOn = next.StartDate.AddDays(-random.Number(20, 45));
            Add(reviewOn.AddDays(-random.Number(45, 90)), CaseActionType.ReviewScheduled, $"A review of the support order has been scheduled for {LongDate(ArizonaCalendar.OnOrAfterBusinessDay(reviewOn))}.");
            Add(reviewOn.AddDays(-random.Number(5, 20)), CaseActionType.DocumentReceived, "We received the financial affidavit for the review of the support order.");
            Add(next.StartDate, CaseActionType.OrderModified,
                $"The support order was changed from {Dollars(previous.MonthlyAmount.Amount)} to {Dollars(next.MonthlyAmount.Amount)} a month, starting {LongDate(next.StartDate)}.");
        }

        AddEnforcement(facts, ivd);
        for (var i = random.Number(0, 2); i > 0; i--)
        {
            Add(RandomDay(facts.OpenedOn, lastDay), CaseActionType.AddressUpdated, random.Bool()
                ? "The mailing address of the parent who receives support was updated."
                : "The mailing address of the parent who pays support was updated.");
        }
        if (facts.ClosedOn is null && random.Double() < 0.12)
        {
            Add(asOf.AddDays(-random.Number(2, 30)), CaseActionType.ReviewScheduled,
                $"A review of the support order has been scheduled for {LongDate(ArizonaCalendar.OnOrAfterBusinessDay(asOf.AddDays(random.Number(20, 60))))}.");
        }
        if (facts.ClosedOn is { } closedOn) Add(closedOn, CaseActionType.CaseClosed, random.ArrayElement(ClosingReasons), rank: 2);

        AddPaymentActions(facts.PaymentHistory.Payments, random.Number(MinimumActions, MaximumActions));
        while (events.Count < MinimumActions)
        {
            var on = RandomDay(facts.OpenedOn, lastDay);
            if (random.Bool()) Add(on, CaseActionType.DocumentReceived, random.ArrayElement(Documents));
            else Add(on, CaseActionType.NoticeSent, "A statement of the support account was mailed to both parents.");
        }

        return Timed(facts.CaseNumber, facts.OpenedOn, lastDay);
    }

    private void AddEnforcement(CaseFacts facts, bool ivd)
    {
        var history = facts.PaymentHistory;
        if (history.WithholdingStartedOn is { } started)
        {
            Add(started.AddDays(-random.Number(8, 18)), CaseActionType.IncomeWithholdingIssued, "An income withholding order was sent to the employer on file.");
            Add(started.AddDays(random.Number(2, 12)), CaseActionType.EmployerVerified, "The employer confirmed it is withholding support from the paying parent's pay.");
        }
        if (history.JobLostOn is { } lost && history.NewEmployerOn is { } hired)
        {
            Add(lost.AddDays(random.Number(10, 25)), CaseActionType.EmployerVerified, "The employer reported that the paying parent no longer works there.");
            Add(hired.AddDays(-random.Number(8, 14)), CaseActionType.EmployerVerified, "We confirmed a new employer for the paying parent.");
            Add(hired.AddDays(-random.Number(2, 7)), CaseActionType.IncomeWithholdingIssued, "An income withholding order was sent to the new employer.");
        }
        if (!ivd || facts.Profile is not (PayerProfile.NonPayer or PayerProfile.IrregularDirectPayer)) return;

        var nonPayer = facts.Profile == PayerProfile.NonPayer;
        var firstDue = facts.Orders[0].StartDate.AddMonths(3);
        for (var year = Math.Max(firstDue.Year, asOf.Year - 3); year <= asOf.Year; year++)
        {
            if (random.Double() < (nonPayer ? 0.8 : 0.5))
            {
                Add(new DateOnly(year, 10, 1).AddDays(random.Number(0, 75)), CaseActionType.TaxInterceptCertified,
                    "The case was submitted for federal and state tax refund intercept because of past-due support.");
            }
        }
        Add(firstDue.AddDays(random.Number(30, 300)), CaseActionType.NoticeSent, "A notice of past-due support was mailed to the paying parent.");
        if (random.Double() < (nonPayer ? 0.5 : 0.15))
        {
            Add(RandomDay(firstDue, asOf), CaseActionType.LicenseSuspensionNotice,
                "A notice was sent that the paying parent's driver's license may be suspended because of past-due support.");
        }
        if (random.Double() < (nonPayer ? 0.3 : 0.08))
        {
            var on = RandomDay(firstDue, asOf);
            Add(on, CaseActionType.HearingScheduled,
                $"A court hearing about past-due support has been scheduled for {LongDate(ArizonaCalendar.OnOrAfterBusinessDay(on.AddDays(random.Number(30, 60))))} at the {facts.County} County Superior Court.");
        }
    }

    // Recent payments matter most to a parent, so two thirds of the room goes to the newest, the rest to older ones.
    private void AddPaymentActions(IReadOnlyList<Payment> payments, int target)
    {
        foreach (var payment in payments.Where(p => p.Status is PaymentStatus.Reversed or PaymentStatus.Held))
        {
            if (events.Count >= target) return;
            AddPayment(payment, withDisbursement: false, target);
        }
        var room = target - events.Count;
        if (room <= 0) return;

        var ordinary = payments.Where(p => p.Status is PaymentStatus.Received or PaymentStatus.Disbursed).ToList();
        var recent = Math.Min(ordinary.Count, room / 3 + 1);
        var chosen = new HashSet<int>();
        for (var i = 0; i < recent; i++) chosen.Add(ordinary.Count - 1 - i);
        for (var tries = 0; chosen.Count * 2 < room && tries < room * 4 && chosen.Count < ordinary.Count; tries++)
        {
            chosen.Add(random.Number(0, ordinary.Count - 1));
        }
        foreach (var index in chosen.OrderDescending())
        {
            if (events.Count >= target) return;
            AddPayment(ordinary[index], withDisbursement: true, target);
        }
    }

    private void AddPayment(Payment payment, bool withDisbursement, int target)
    {
        var amount = Dollars(payment.Amount.Amount);
        var received = payment.Source switch
        {
            PaymentSource.WageWithholding => $"We received a payment of {amount} from the employer.",
            PaymentSource.DirectPayment => $"We received a payment of {amount} from the paying parent.",
            PaymentSource.FederalTaxIntercept => $"We received {amount} from a federal tax refund intercept.",
            PaymentSource.StateTaxIntercept => $"We received {amount} from an Arizona tax refund intercept.",
            PaymentSource.UnemploymentIntercept => $"We received {amount} withheld from unemployment benefits.",
            PaymentSource.LotteryIntercept => $"We received {amount} withheld from lottery winnings.",
            _ => $"We received a payment of {amount}.",
        };
        if (payment.Status == PaymentStatus.Held) received += " It is on hold while we review it.";
        Add(payment.ReceivedOn, CaseActionType.PaymentReceived, received);

        if (payment.Status == PaymentStatus.Reversed && events.Count < target)
        {
            Add(payment.ReceivedOn.AddDays(random.Number(4, 10)), CaseActionType.NoticeSent,
                $"The payment of {amount} received on {LongDate(payment.ReceivedOn)} was returned by the bank and no longer counts toward support.");
        }
        if (withDisbursement && payment.DisbursedOn is { } disbursedOn && events.Count < target)
        {
            Add(disbursedOn, CaseActionType.PaymentDisbursed, $"A payment of {amount} was sent to the parent who receives support.");
        }
    }

    private void Add(DateOnly on, CaseActionType type, string description, int rank = 1) => events.Add((on, rank, type, description));

    private DateOnly RandomDay(DateOnly from, DateOnly through) =>
        from.AddDays(random.Number(0, Math.Max(0, through.DayNumber - from.DayNumber)));

    // Moves every action onto a business day inside the case's life, orders them, and gives each day's actions
    // increasing office-hour times so "opened" comes first and "closed" last.
    private List<CaseActionRecord> Timed(string caseNumber, DateOnly openedOn, DateOnly lastDay)
    {
        var dated = events
            .Select((e, index) => (On: Clamp(e.On, openedOn, lastDay), e.Rank, e.Type, e.Description, index))
            .OrderBy(e => e.On).ThenBy(e => e.Rank).ThenBy(e => e.index)
            .ToList();

        var actions = new List<CaseActionRecord>(dated.Count);
        for (var start = 0; start < dated.Count;)
        {
            var end = start;
            while (end < dated.Count && dated[end].On == dated[start].On) end++;
            var minutes = Enumerable.Range(0, end - start)
                .Select(_ => random.Number(OfficeOpensMinute, OfficeClosesMinute - 1))
                .Order()
                .ToList();
            for (var i = start; i < end; i++)
            {
                var e = dated[i];
                actions.Add(new CaseActionRecord(caseNumber, ArizonaCalendar.At(e.On, minutes[i - start]), e.Type.ToString(), e.Description));
            }
            start = end;
        }
        return actions;
    }

    private static DateOnly Clamp(DateOnly on, DateOnly first, DateOnly last)
    {
        if (on > last) on = last;
        if (on < first) on = first;
        var business = ArizonaCalendar.OnOrBeforeBusinessDay(on);
        return business < first ? ArizonaCalendar.OnOrAfterBusinessDay(on) : business;
    }

    private static string JoinNames(IReadOnlyList<string> names) => names.Count switch
    {
        1 => names[0],
        2 => $"{names[0]} and {names[1]}",
        _ => string.Join(", ", names.Take(names.Count - 1)) + ", and " + names[^1],
    };
}
