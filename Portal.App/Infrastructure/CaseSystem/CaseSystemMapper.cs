using Portal.Domain.Accounts;
using Portal.Domain.Cases;
using Portal.Domain.CaseSystem;
using Portal.Domain.Offices;
using Portal.Domain.Payments;

namespace Portal.App.Infrastructure.CaseSystem;

/// <summary>
/// Turns the case system's export records into domain objects. Every record passes through the domain's
/// own constructors and rules, so an import cannot create a case the portal would refuse to create.
/// SSNs stop here: only their fingerprint and last four digits go on.
/// </summary>
public static class CaseSystemMapper
{
    public static Case ToCase(CaseRecord record, IEnumerable<ParticipantRecord> participants, IEnumerable<SupportOrderRecord> orders, ISsnFingerprinter fingerprinter)
    {
        var @case = new Case(CaseNumber.Parse(record.CaseNumber), Enum.Parse<CaseProgram>(record.Program), record.County, record.OfficeCode, record.OpenedOn);
        if (record.FamilyViolence) @case.MarkFamilyViolence();
        foreach (var participant in participants) @case.AddParticipant(ToParticipant(participant, fingerprinter));
        foreach (var order in orders) @case.AddOrder(ToSupportOrder(order));
        if (Enum.Parse<CaseStatus>(record.Status) == CaseStatus.Closed)
        {
            @case.Close(record.ClosedOn ?? throw new FormatException($"Closed case {record.CaseNumber} has no closing date."));
        }
        return @case;
    }

    public static SupportOrder ToSupportOrder(SupportOrderRecord record) => new(Money.Dollars(record.MonthlyAmount), record.StartDate, record.EndDate);

    public static Participant ToParticipant(ParticipantRecord record, ISsnFingerprinter fingerprinter)
    {
        var participant = new Participant(record.PersonId, Enum.Parse<ParticipantRole>(record.Role), record.FirstName, record.LastName, record.DateOfBirth);
        if (record.FamilyViolence) participant.MarkFamilyViolence();
        if (!string.IsNullOrEmpty(record.Ssn))
        {
            // The message names the person, never the digits.
            if (!Ssn.TryParse(record.Ssn, out var ssn)) throw new FormatException($"Participant {record.PersonId} has an invalid SSN.");
            participant.RecordSsn(ssn, fingerprinter);
        }
        var address = string.IsNullOrEmpty(record.AddressLine1)
            ? null
            : new MailingAddress(record.AddressLine1, NullIfEmpty(record.AddressLine2), record.City ?? string.Empty, record.State ?? "AZ", record.Zip ?? string.Empty);
        // The case system's participant file has one phone column; it holds the number people give first, their mobile.
        ParticipantPhone[] phones = string.IsNullOrEmpty(record.Phone) ? [] : [new ParticipantPhone(PhoneKind.Mobile, PhoneNumber.TryParse(record.Phone, out var phone) ? phone.Digits : record.Phone)];
        participant.UpdateContact(address, NullIfEmpty(record.Email), phones);
        return participant;
    }

    public static Payment ToPayment(PaymentRecord record, int caseId)
    {
        var payment = new Payment(caseId, record.ReceiptNumber, record.ReceivedOn, Money.Dollars(record.Amount), Enum.Parse<PaymentSource>(record.Source));
        if (record.AppliedOn is { } appliedOn)
        {
            payment.Apply(appliedOn, Money.Dollars(record.AppliedToCurrent ?? 0m), Money.Dollars(record.AppliedToArrears ?? 0m));
        }
        if (!string.IsNullOrEmpty(record.ProcessorReference)) payment.MadeOnline(record.ProcessorReference);
        var status = Enum.Parse<PaymentStatus>(record.Status);
        if (status == PaymentStatus.Disbursed && record.DisbursedOn is null) throw new FormatException($"Disbursed payment {record.ReceiptNumber} has no disbursement date.");
        payment.MoveTo(status, record.DisbursedOn,
            string.IsNullOrEmpty(record.DisbursementMethod) ? null : Enum.Parse<DisbursementMethod>(record.DisbursementMethod), NullIfEmpty(record.DisbursedToLast4));
        return payment;
    }

    public static CaseAction ToCaseAction(CaseActionRecord record, int caseId) =>
        new(caseId, record.OccurredAt, Enum.Parse<CaseActionType>(record.Type), record.Description);

    public static Office ToOffice(OfficeRecord record) =>
        new(record.Code, record.Name, new MailingAddress(record.AddressLine1, NullIfEmpty(record.AddressLine2), record.City, "AZ", record.Zip),
            record.Phone, record.OpensAt, record.ClosesAt, new GeoPoint(record.Latitude, record.Longitude));

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
