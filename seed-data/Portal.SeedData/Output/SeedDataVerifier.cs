using System.Text.Json;
using Portal.App.Infrastructure.Data.Seeding;
using Portal.Domain.Accounts;
using Portal.Domain.CaseSystem;
using Portal.Domain.Cases;
using Portal.Domain.Payments;

namespace Portal.SeedData.Output;

/// <summary>
/// Reads the written files back the way the app imports them (CsvHelper into the CaseSystem records) and
/// checks what the domain and the demos rely on. It streams, keeping only per-person and per-case keys.
/// </summary>
internal sealed class SeedDataVerifier(string folder, DateOnly asOf)
{
    private const int MaxReported = 25;

    private readonly List<string> problems = [];
    private readonly HashSet<string> officeCodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> caseIsClosed = new(StringComparer.Ordinal);
    private readonly HashSet<string> nonIvDCases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> personIdentity = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> ssnOwner = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> casesPerPerson = new(StringComparer.Ordinal);

    public void Verify()
    {
        VerifyOffices();
        VerifyCases();
        VerifyParticipants();
        VerifyOrders();
        VerifyPayments();
        VerifyActions();
        VerifyDemoIdentities();
        if (problems.Count > 0)
        {
            throw new InvalidDataException($"The generated seed data failed its self-check ({problems.Count} problems):{Environment.NewLine}"
                + string.Join(Environment.NewLine, problems.Take(MaxReported)));
        }
    }

    private void VerifyOffices()
    {
        foreach (var office in Read<OfficeRecord>(SeedFiles.Offices))
        {
            Check(officeCodes.Add(office.Code), $"office code {office.Code} is repeated");
            Check(MailingAddress.IsValidZip(office.Zip), $"office {office.Code} has ZIP {office.Zip}");
            Check(office.OpensAt < office.ClosesAt, $"office {office.Code} closes before it opens");
        }
    }

    private void VerifyCases()
    {
        foreach (var record in Read<CaseRecord>(SeedFiles.Cases))
        {
            Check(CaseNumber.TryParse(record.CaseNumber, out _), $"case number {record.CaseNumber} is not valid");
            Check(Enum.TryParse<CaseProgram>(record.Program, out var program), $"case {record.CaseNumber} has program {record.Program}");
            if (program == CaseProgram.NonIvD) nonIvDCases.Add(record.CaseNumber);
            Check(Enum.TryParse<CaseStatus>(record.Status, out var status), $"case {record.CaseNumber} has status {record.Status}");
            Check(officeCodes.Contains(record.OfficeCode), $"case {record.CaseNumber} names unknown office {record.OfficeCode}");
            Check((status == CaseStatus.Closed) == record.ClosedOn.HasValue, $"case {record.CaseNumber} is {status} with ClosedOn {record.ClosedOn}");
            Check(record.OpenedOn <= asOf && (record.ClosedOn ?? asOf) <= asOf && record.OpenedOn <= (record.ClosedOn ?? asOf), $"case {record.CaseNumber} has dates out of order");
            Check(caseIsClosed.TryAdd(record.CaseNumber, status == CaseStatus.Closed), $"case {record.CaseNumber} is repeated");
        }
    }

    private void VerifyParticipants()
    {
        var roles = new Dictionary<string, (int Custodial, int Paying, int Children)>(StringComparer.Ordinal);
        foreach (var p in Read<ParticipantRecord>(SeedFiles.Participants))
        {
            var where = $"participant {p.PersonId} on case {p.CaseNumber}";
            Check(caseIsClosed.ContainsKey(p.CaseNumber), $"{where}: no such case");
            Check(p.PersonId is ['P', .. var digits] && digits.Length == 8 && digits.All(char.IsAsciiDigit), $"{where}: person id is not P + 8 digits");
            Check(Enum.TryParse<ParticipantRole>(p.Role, out var role), $"{where}: role {p.Role}");
            casesPerPerson[p.PersonId] = casesPerPerson.GetValueOrDefault(p.PersonId) + 1;
            var counts = roles.GetValueOrDefault(p.CaseNumber);
            roles[p.CaseNumber] = role switch
            {
                ParticipantRole.CustodialParent => counts with { Custodial = counts.Custodial + 1 },
                ParticipantRole.NonCustodialParent => counts with { Paying = counts.Paying + 1 },
                _ => counts with { Children = counts.Children + 1 },
            };

            if (role == ParticipantRole.Child)
            {
                Check(new[] { p.Ssn, p.AddressLine1, p.AddressLine2, p.City, p.State, p.Zip, p.Email, p.Phone }.All(string.IsNullOrEmpty), $"{where}: a child with SSN or contact details");
                Check(p.DateOfBirth > asOf.AddYears(-18) && p.DateOfBirth <= asOf, $"{where}: a child born {p.DateOfBirth}");
                continue;
            }
            Check(Ssn.TryParse(p.Ssn, out _), $"{where}: SSN does not parse");
            Check(!string.IsNullOrEmpty(p.AddressLine1) && !string.IsNullOrEmpty(p.City) && p.State == "AZ" && MailingAddress.IsValidZip(p.Zip), $"{where}: incomplete Arizona address");
            Check(string.IsNullOrEmpty(p.Email) || p.Email.EndsWith("@example.com", StringComparison.Ordinal) || p.Email.EndsWith("@example.net", StringComparison.Ordinal)
                || p.Email.EndsWith("@example.org", StringComparison.Ordinal), $"{where}: email {p.Email} is not on an example domain");
            Check(string.IsNullOrEmpty(p.Phone) || p.Phone is [_, _, _, '-', '5', '5', '5', '-', '0', '1', _, _], $"{where}: phone {p.Phone} is not a fictional 555-01xx number");
            Check(p.DateOfBirth <= asOf.AddYears(-18) && p.DateOfBirth > asOf.AddYears(-66), $"{where}: a parent born {p.DateOfBirth}");

            var identity = $"{p.FirstName}|{p.LastName}|{p.DateOfBirth:O}|{p.Ssn}|{p.Email}";
            Check(personIdentity.TryAdd(p.PersonId, identity) || personIdentity[p.PersonId] == identity, $"{where}: differs from the same person on another case");
            Check(ssnOwner.TryAdd(p.Ssn!, p.PersonId) || ssnOwner[p.Ssn!] == p.PersonId, $"{where}: SSN shared with another person");
        }
        foreach (var (caseNumber, counts) in roles)
        {
            Check(counts is { Custodial: 1, Paying: 1, Children: >= 1 and <= 3 }, $"case {caseNumber} has {counts}");
        }
        Check(roles.Count == caseIsClosed.Count, "some cases have no participants");
    }

    private void VerifyOrders()
    {
        string? currentCase = null;
        Case? domainCase = null;
        foreach (var o in Read<SupportOrderRecord>(SeedFiles.SupportOrders))
        {
            Check(caseIsClosed.ContainsKey(o.CaseNumber), $"order on missing case {o.CaseNumber}");
            Check(o.MonthlyAmount is >= 150m and <= 1400m, $"order on case {o.CaseNumber} for {o.MonthlyAmount}");
            Check(caseIsClosed.GetValueOrDefault(o.CaseNumber) == false || o.EndDate.HasValue, $"closed case {o.CaseNumber} has an open-ended order");
            if (o.CaseNumber != currentCase)
            {
                currentCase = o.CaseNumber;
                domainCase = new Case(CaseNumber.Parse(o.CaseNumber), CaseProgram.IvD, "-", "-", o.StartDate);
            }
            try
            {
                domainCase!.AddOrder(new SupportOrder(Money.Dollars(o.MonthlyAmount), o.StartDate, o.EndDate));
            }
            catch (Exception e) when (e is InvalidOperationException or ArgumentOutOfRangeException)
            {
                problems.Add($"order on case {o.CaseNumber}: {e.Message}");
            }
        }
    }

    private void VerifyPayments()
    {
        string? previousReceipt = null;
        foreach (var p in Read<PaymentRecord>(SeedFiles.Payments))
        {
            var where = $"payment {p.ReceiptNumber} on case {p.CaseNumber}";
            Check(caseIsClosed.ContainsKey(p.CaseNumber), $"{where}: no such case");
            // Receipt numbers are written in increasing order, which proves them unique without a set of millions.
            Check(previousReceipt is null || string.CompareOrdinal(previousReceipt, p.ReceiptNumber) < 0, $"{where}: receipt numbers not increasing");
            previousReceipt = p.ReceiptNumber;
            Check(p.Amount > 0m && p.ReceivedOn <= asOf, $"{where}: amount {p.Amount} on {p.ReceivedOn}");
            Check(Enum.TryParse<PaymentSource>(p.Source, out _), $"{where}: source {p.Source}");
            Check(Enum.TryParse<PaymentStatus>(p.Status, out var status), $"{where}: status {p.Status}");
            Check((status == PaymentStatus.Disbursed) == p.DisbursedOn.HasValue, $"{where}: {status} with DisbursedOn {p.DisbursedOn}");
            Check(p.DisbursedOn is null || (p.DisbursedOn >= p.ReceivedOn && p.DisbursedOn <= asOf), $"{where}: disbursed {p.DisbursedOn}");
            Check(p.AppliedOn is null ? p.AppliedToCurrent is null && p.AppliedToArrears is null : p.AppliedOn >= p.ReceivedOn && p.AppliedToCurrent >= 0m && p.AppliedToArrears >= 0m
                && p.AppliedToCurrent + p.AppliedToArrears <= p.Amount, $"{where}: applied {p.AppliedToCurrent} + {p.AppliedToArrears} on {p.AppliedOn}");
            Check((status == PaymentStatus.Reversed) == p.AppliedOn is null, $"{where}: {status} with AppliedOn {p.AppliedOn}");
            Check(string.IsNullOrEmpty(p.DisbursementMethod) || (status == PaymentStatus.Disbursed && Enum.TryParse<DisbursementMethod>(p.DisbursementMethod, out _)), $"{where}: {status} by {p.DisbursementMethod}");
            Check(string.IsNullOrEmpty(p.DisbursedToLast4) || p.DisbursedToLast4 is [>= '0' and <= '9', >= '0' and <= '9', >= '0' and <= '9', >= '0' and <= '9'], $"{where}: sent to {p.DisbursedToLast4}");
        }
    }

    private void VerifyActions()
    {
        string? currentCase = null;
        DateTimeOffset previous = default;
        string? lastType = null;
        var count = 0;
        var end = new DateTimeOffset(asOf.ToDateTime(TimeOnly.MaxValue), ArizonaCalendar.Offset);

        void FinishCase()
        {
            if (currentCase is null) return;
            Check(count is >= 10 and <= 40, $"case {currentCase} has {count} actions");
            Check(!caseIsClosed.GetValueOrDefault(currentCase) || lastType == nameof(CaseActionType.CaseClosed), $"closed case {currentCase} does not end with CaseClosed");
        }

        foreach (var a in Read<CaseActionRecord>(SeedFiles.CaseActions))
        {
            var where = $"action on case {a.CaseNumber} at {a.OccurredAt:O}";
            if (a.CaseNumber != currentCase)
            {
                FinishCase();
                currentCase = a.CaseNumber;
                count = 0;
                Check(a.Type == nameof(CaseActionType.CaseOpened), $"{where}: the first action is {a.Type}");
            }
            else
            {
                Check(a.OccurredAt >= previous, $"{where}: out of order");
            }
            Check(caseIsClosed.ContainsKey(a.CaseNumber), $"{where}: no such case");
            Check(Enum.TryParse<CaseActionType>(a.Type, out _), $"{where}: type {a.Type}");
            Check(!string.IsNullOrWhiteSpace(a.Description), $"{where}: no description");
            Check(a.OccurredAt.Offset == ArizonaCalendar.Offset && a.OccurredAt.Hour is >= 8 and < 17 && a.OccurredAt <= end, $"{where}: outside office hours or after the as-of date");
            previous = a.OccurredAt;
            lastType = a.Type;
            count++;
        }
        FinishCase();
    }

    private void VerifyDemoIdentities()
    {
        using var stream = File.OpenRead(Path.Combine(folder, SeedFiles.DemoIdentities));
        var identities = JsonSerializer.Deserialize<DemoIdentities>(stream, SeedJson.Options)
            ?? throw new InvalidDataException("demo-identities.json is empty");
        var parents = new[] { identities.ReadyToRegister, identities.RegisteredParent, identities.NonIvDParent };
        Check(parents.Select(p => p.CaseNumber).Distinct().Count() == 3, "demo parents share a case");

        var expected = parents.ToDictionary(p => p.PersonId, p => $"{p.FirstName}|{p.LastName}|{p.DateOfBirth:O}|{p.Ssn}|{p.Email}");
        var found = new Dictionary<string, ParticipantRecord>(StringComparer.Ordinal);
        foreach (var p in Read<ParticipantRecord>(SeedFiles.Participants))
        {
            if (expected.ContainsKey(p.PersonId)) found[p.PersonId] = p;
        }
        foreach (var demo in parents)
        {
            Check(found.TryGetValue(demo.PersonId, out var p) && p.CaseNumber == demo.CaseNumber && p.Zip == demo.Zip && p.AddressLine1 == demo.AddressLine1
                && personIdentity.GetValueOrDefault(demo.PersonId) == expected[demo.PersonId], $"demo parent {demo.PersonId} does not match participants.csv");
            Check(casesPerPerson.GetValueOrDefault(demo.PersonId) == 1, $"demo parent {demo.PersonId} is on more than one case");
        }
        foreach (var (demo, nonIvD) in new[] { (identities.ReadyToRegister, false), (identities.RegisteredParent, false), (identities.NonIvDParent, true) })
        {
            Check(caseIsClosed.GetValueOrDefault(demo.CaseNumber, true) == false && nonIvDCases.Contains(demo.CaseNumber) == nonIvD,
                $"demo parent {demo.PersonId} is not on an open {(nonIvD ? "non-IV-D" : "IV-D")} case");
        }
        Check(identities.RegisteredParent is { UserName: not null, Password: not null }, "the registered demo parent has no user name or password");
    }

    private IEnumerable<T> Read<T>(string fileName)
    {
        using var csv = SeedCsv.OpenReader(Path.Combine(folder, fileName));
        foreach (var record in csv.GetRecords<T>()) yield return record;
    }

    private void Check(bool condition, string problem)
    {
        if (!condition) problems.Add(problem);
    }
}
