using Portal.Domain.Accounts;

namespace Portal.Domain.Cases;

/// <summary>A person on a case. The SSN itself is never kept: only its keyed fingerprint (for matching) and last four digits.</summary>
public sealed class Participant
{
    private Participant()
    {
        PersonId = FirstName = LastName = string.Empty;
    }

    public Participant(string personId, ParticipantRole role, string firstName, string lastName, DateOnly dateOfBirth)
    {
        PersonId = personId;
        Role = role;
        FirstName = firstName;
        LastName = lastName;
        DateOfBirth = dateOfBirth;
    }

    public int Id { get; private set; }
    public int CaseId { get; private set; }

    /// <summary>The state case system's id for the person: the same person on two cases has one PersonId.</summary>
    public string PersonId { get; private set; }
    public ParticipantRole Role { get; private set; }
    public string FirstName { get; private set; }
    public string LastName { get; private set; }
    public DateOnly DateOfBirth { get; private set; }
    public string? SsnFingerprint { get; private set; }
    public string? SsnLast4 { get; private set; }
    public MailingAddress? Address { get; private set; }
    public string? Email { get; private set; }

    /// <summary>The case system's family-violence indicator for this person on this case (see <see cref="ParticipantDisclosure"/>).</summary>
    public bool FamilyViolence { get; private set; }

    /// <summary>The phone numbers the case system holds for the person, in its order.</summary>
    public IReadOnlyList<ParticipantPhone> Phones => phones;
    private List<ParticipantPhone> phones = [];

    public bool IsParent => Role is ParticipantRole.CustodialParent or ParticipantRole.NonCustodialParent;
    public string FullName => $"{FirstName} {LastName}";

    /// <summary>The case system set the family-violence indicator on the person.</summary>
    public void MarkFamilyViolence() => FamilyViolence = true;

    public void RecordSsn(Ssn ssn, ISsnFingerprinter fingerprinter)
    {
        SsnFingerprint = fingerprinter.Fingerprint(ssn);
        SsnLast4 = ssn.Last4;
    }

    public void UpdateContact(MailingAddress? address, string? email, IEnumerable<ParticipantPhone> phoneNumbers)
    {
        Address = address;
        Email = email;
        phones = [.. phoneNumbers];
    }

    /// <summary>The case system accepted a new mailing address for the person.</summary>
    public void MoveTo(MailingAddress address) => Address = address;

    /// <summary>The case system accepted a new list of phone numbers for the person.</summary>
    public void ReplacePhones(IEnumerable<ParticipantPhone> phoneNumbers) => phones = [.. phoneNumbers];
}
