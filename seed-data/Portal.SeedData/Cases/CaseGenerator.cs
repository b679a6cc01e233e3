using System.Globalization;
using Bogus;
using Bogus.DataSets;
using Portal.Domain.CaseSystem;
using Portal.Domain.Cases;
using Portal.Domain.Payments;
using Portal.SeedData.Geography;
using Portal.SeedData.Payments;
using Portal.SeedData.People;

namespace Portal.SeedData.Cases;

/// <summary>
/// Generates one case at a time, built through the domain types (Case, SupportOrder, Payment) so whatever
/// the domain refuses is never written. Only a small pool of recent paying parents is remembered, so the
/// memory used does not grow with the number of cases.
/// </summary>
internal sealed class CaseGenerator
{
    private const double IvDShare = 0.8;
    private const double ClosedShare = 0.15;
    private const double ModifiedShare = 0.15;
    private const double RepeatPayerShare = 0.053;
    private const int PoolSizePerCounty = 25;

    // Every 150th case carries a family-violence indicator, alternately on its custodial parent and on the whole case.
    // Chosen by serial, not by the random generator, so every other value in the files stays as it was.
    private const int FamilyViolenceEvery = 150;

    private readonly Randomizer random;
    private readonly DateOnly asOf;
    private readonly PersonFactory people;
    private readonly PaymentHistoryGenerator paymentHistories;
    private readonly CaseHistoryGenerator caseHistories;
    private readonly int totalWeight = ArizonaCounties.All.Sum(c => c.Weight);
    private readonly Dictionary<string, List<PooledPayer>> payerPool = new(StringComparer.Ordinal);
    private long caseSerial;

    public CaseGenerator(Randomizer random, DateOnly asOf)
    {
        this.random = random;
        this.asOf = asOf;
        people = new PersonFactory(random, asOf);
        paymentHistories = new PaymentHistoryGenerator(random, new ReceiptNumberSequence(), asOf);
        caseHistories = new CaseHistoryGenerator(random, asOf);
    }

    public GeneratedCase Next()
    {
        var number = NextCaseNumber();
        var program = random.Double() < IvDShare ? CaseProgram.IvD : CaseProgram.NonIvD;
        var county = PickCounty();
        var office = ArizonaOffices.ByCode(county.OfficeCodes[random.Number(0, county.OfficeCodes.Count - 1)]);

        var firstOrderStart = asOf.AddDays(-random.Number(365, 3650));
        if (random.Bool()) firstOrderStart = ArizonaCalendar.FirstOfMonth(firstOrderStart);
        var openedOn = ArizonaCalendar.OnOrBeforeBusinessDay(program == CaseProgram.IvD
            ? firstOrderStart.AddDays(-random.Number(45, 240))   // DCSS locates the parent and goes to court first
            : firstOrderStart.AddDays(-random.Number(0, 21)));   // the court order comes first; the case records it
        DateOnly? closedOn = random.Double() < ClosedShare
            ? ArizonaCalendar.OnOrBeforeBusinessDay(firstOrderStart.AddDays(random.Number(180, asOf.DayNumber - firstOrderStart.DayNumber - 10)))
            : null;

        var @case = new Case(number, program, county.Name, office.Code, openedOn);
        foreach (var order in Orders(firstOrderStart, closedOn)) @case.AddOrder(order);
        if (closedOn is { } closed) @case.Close(closed);

        var (custodial, paying, profile, children) = Family(county, program, openedOn);
        var paymentsThrough = closedOn ?? asOf;
        var paymentsFrom = Max(firstOrderStart, paymentsThrough.AddMonths(-30));
        var payments = paymentHistories.Generate(profile, @case.Orders, paymentsFrom, paymentsThrough, interceptsAllowed: program == CaseProgram.IvD);

        var caseNumber = number.Digits;
        var familyViolence = caseSerial % FamilyViolenceEvery == 0;
        var caseWide = familyViolence && caseSerial / FamilyViolenceEvery % 2 == 0;
        var facts = new CaseFacts(caseNumber, program, county.Name, office.Name, openedOn, closedOn, @case.Orders, profile, payments,
            children.Select(c => c.FirstName).ToList());

        return new GeneratedCase(
            new CaseRecord(caseNumber, program.ToString(), @case.Status.ToString(), county.Name, office.Code, openedOn, closedOn, caseWide),
            [
                ToRecord(caseNumber, ParticipantRole.CustodialParent, custodial, familyViolence && !caseWide),
                ToRecord(caseNumber, ParticipantRole.NonCustodialParent, paying),
                .. children.Select(c => ToRecord(caseNumber, ParticipantRole.Child, c)),
            ],
            @case.Orders.Select(o => new SupportOrderRecord(caseNumber, TwoDecimals(o.MonthlyAmount.Amount), o.StartDate, o.EndDate)).ToList(),
            PaymentRecords(caseNumber, @case.Orders, payments.Payments),
            caseHistories.Generate(facts),
            custodial,
            @case.Orders,
            payments.Payments);
    }

    /// <summary>
    /// The case's payments as the case system exports them: with the allocation the ledger's rules give (current support
    /// first, then arrears) on the day each was received, and, once sent on, the receiving parent's way of being paid
    /// and its last 4. That way is drawn from a generator of the case's own, so the shared one (and with it every other
    /// file) draws exactly as before.
    /// </summary>
    private List<PaymentRecord> PaymentRecords(string caseNumber, IReadOnlyList<SupportOrder> orders, IReadOnlyList<Payment> payments)
    {
        var applied = CaseLedger.Months(orders, payments, asOf).SelectMany(m => m.Payments).ToDictionary(a => a.Payment); // by reference: Payment does not override Equals
        var own = new Random(unchecked((int)caseSerial * 7919));
        var roll = own.Next(100);
        var method = roll < 65 ? DisbursementMethod.DirectDeposit : roll < 95 ? DisbursementMethod.DebitCard : DisbursementMethod.Check;
        var last4 = method == DisbursementMethod.Check ? null : own.Next(10_000).ToString("D4", CultureInfo.InvariantCulture);
        return [.. payments.Select(p =>
        {
            var allocation = applied.GetValueOrDefault(p);
            var sent = p.Status == PaymentStatus.Disbursed;
            return new PaymentRecord(caseNumber, p.ReceiptNumber, p.ReceivedOn, TwoDecimals(p.Amount.Amount), p.Source.ToString(), p.Status.ToString(), p.DisbursedOn,
                allocation is null ? null : p.ReceivedOn,
                allocation is null ? null : TwoDecimals(allocation.ToCurrent.Amount),
                allocation is null ? null : TwoDecimals(allocation.ToArrears.Amount),
                sent ? method.ToString() : null,
                sent ? last4 : null);
        })];
    }

    // Serials are spread over the nine-digit range by a multiplier coprime to it (179,424,673 is prime), so case
    // numbers are distinct without being consecutive.
    private CaseNumber NextCaseNumber() => CaseNumber.FromSerial((++caseSerial * 179_424_673 + 350_123_457) % 900_000_000 + 100_000_000);

    private ArizonaCounty PickCounty()
    {
        var roll = random.Number(1, totalWeight);
        foreach (var county in ArizonaCounties.All)
        {
            roll -= county.Weight;
            if (roll <= 0) return county;
        }
        return ArizonaCounties.All[0];
    }

    private IEnumerable<SupportOrder> Orders(DateOnly start, DateOnly? closedOn)
    {
        var amount = MonthlyAmount();
        var lastDay = closedOn ?? asOf;
        if (random.Double() < ModifiedShare && lastDay.DayNumber - start.DayNumber > 420)
        {
            var changedOn = start.AddDays(random.Number(365, lastDay.DayNumber - start.DayNumber - 30));
            if (random.Bool()) changedOn = ArizonaCalendar.FirstOfMonth(changedOn);
            var newAmount = Math.Clamp(Math.Round(amount * (decimal)(0.7 + random.Double() * 0.65)), 150m, 1400m);
            if (newAmount == amount) newAmount += amount > 1300m ? -25m : 25m;
            yield return new SupportOrder(Money.Dollars(amount), start, changedOn.AddDays(-1));
            yield return new SupportOrder(Money.Dollars(newAmount), changedOn, closedOn);
        }
        else
        {
            yield return new SupportOrder(Money.Dollars(amount), start, closedOn);
        }
    }

    // Most orders sit between $250 and $700; a few reach the top of the range. Courts mostly round to the dollar.
    private decimal MonthlyAmount()
    {
        var amount = 150m + (decimal)Math.Pow(random.Double(), 1.8) * 1250m;
        return random.Double() < 0.75 ? Math.Round(amount) : decimal.Round(amount, 2);
    }

    private (GeneratedPerson Custodial, GeneratedPerson Paying, PayerProfile Profile, List<GeneratedPerson> Children) Family(
        ArizonaCounty county, CaseProgram program, DateOnly openedOn)
    {
        var youngestPossible = openedOn.AddDays(-14);
        var oldestPossible = asOf.AddYears(-18).AddDays(1);

        var repeat = random.Double() < RepeatPayerShare ? TakeFromPool(county.Name) : null;
        if (repeat is not null) oldestPossible = Max(oldestPossible, repeat.Person.DateOfBirth.AddYears(18));
        if (oldestPossible > youngestPossible) repeat = null;
        if (repeat is null) oldestPossible = asOf.AddYears(-18).AddDays(1);

        // Siblings are one to five years apart, and parents were between 18 and their mid-forties when they were born.
        var childCount = random.Double() switch { < 0.5 => 1, < 0.85 => 2, _ => 3 };
        var span = youngestPossible.DayNumber - oldestPossible.DayNumber;
        while (childCount > 1 && span < (childCount - 1) * 400) childCount--;
        var birthDates = new List<DateOnly> { oldestPossible.AddDays(random.Number(0, span - (childCount - 1) * 400)) };
        while (birthDates.Count < childCount)
        {
            var latest = youngestPossible.DayNumber - (childCount - birthDates.Count - 1) * 400;
            var earliest = birthDates[^1].DayNumber + 400;
            birthDates.Add(DateOnly.FromDayNumber(random.Number(earliest, Math.Min(latest, earliest + 1800))));
        }
        var oldestChildAge = Age(birthDates[0]);
        var youngestChildAge = Age(birthDates[^1]);

        var custodialGender = random.Double() < 0.84 ? Name.Gender.Female : Name.Gender.Male;
        var custodialAge = Math.Clamp(oldestChildAge + random.Number(19, 34), oldestChildAge + 18, Math.Min(65, youngestChildAge + 44));
        var custodial = people.Parent(county, custodialGender, custodialAge);

        GeneratedPerson paying;
        PayerProfile profile;
        if (repeat is not null)
        {
            (paying, profile) = (repeat.Person, repeat.Profile);
        }
        else
        {
            var payingGender = random.Double() < 0.97 ? Opposite(custodialGender) : custodialGender;
            var payingAge = Math.Clamp(custodialAge + random.Number(-3, 8), oldestChildAge + 18, Math.Min(65, youngestChildAge + 50));
            paying = people.Parent(county, payingGender, payingAge);
            profile = PickProfile(program);
            AddToPool(county.Name, new PooledPayer(paying, profile));
        }

        var spanishChildNames = custodial.HasSpanishName || paying.HasSpanishName ? 0.8 : 0.08;
        var childLastName = random.Double() < 0.55 ? paying.LastName : custodial.LastName;
        var children = birthDates
            .Select(dob => people.Child(childLastName, dob, random.Double() < spanishChildNames, county.Name))
            .ToList();
        return (custodial, paying, profile, children);
    }

    private PayerProfile PickProfile(CaseProgram program)
    {
        var roll = random.Double();
        return program == CaseProgram.IvD
            ? roll switch { < 0.40 => PayerProfile.SteadyWithholding, < 0.55 => PayerProfile.ReliableDirectPayer, < 0.85 => PayerProfile.IrregularDirectPayer, _ => PayerProfile.NonPayer }
            : roll switch { < 0.55 => PayerProfile.SteadyWithholding, < 0.80 => PayerProfile.ReliableDirectPayer, _ => PayerProfile.IrregularDirectPayer };
    }

    private PooledPayer? TakeFromPool(string county)
    {
        if (!payerPool.TryGetValue(county, out var pool) || pool.Count == 0) return null;
        var index = random.Number(0, pool.Count - 1);
        var payer = pool[index];
        pool.RemoveAt(index); // a parent appears on at most two cases
        return payer;
    }

    private void AddToPool(string county, PooledPayer payer)
    {
        if (!payerPool.TryGetValue(county, out var pool)) payerPool[county] = pool = [];
        if (pool.Count == PoolSizePerCounty) pool.RemoveAt(0);
        pool.Add(payer);
    }

    private int Age(DateOnly dateOfBirth)
    {
        var age = asOf.Year - dateOfBirth.Year;
        return dateOfBirth.AddYears(age) > asOf ? age - 1 : age;
    }

    private static ParticipantRecord ToRecord(string caseNumber, ParticipantRole role, GeneratedPerson p, bool familyViolence = false) =>
        new(caseNumber, p.PersonId, role.ToString(), p.FirstName, p.LastName, p.DateOfBirth, p.Ssn,
            p.AddressLine1, p.AddressLine2, p.City, p.AddressLine1 is null ? null : "AZ", p.Zip, p.Email, p.Phone, familyViolence);

    // Adding 0.00m gives every amount a scale of two, so the files always say 450.00, never 450 or 412.5.
    private static decimal TwoDecimals(decimal amount) => decimal.Round(amount, 2, MidpointRounding.AwayFromZero) + 0.00m;

    private static Name.Gender Opposite(Name.Gender gender) => gender == Name.Gender.Female ? Name.Gender.Male : Name.Gender.Female;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
