namespace Portal.Domain.Cases;

/// <summary>
/// The one rule for what of a participant another person may see. A parent sees all of their own record and only
/// the short name of anyone else on the case: never another party's address, phones, email or employer, whether or
/// not a family-violence indicator is set. Staff see everything, and are warned when the indicator is set, since they
/// are the ones who could pass protected details on (a letter, a message, a phone call).
/// </summary>
public static class ParticipantDisclosure
{
    /// <summary>What a parent (by their case-system person id) may see of <paramref name="subject"/>.</summary>
    public static ParticipantDetails ToParent(string viewerPersonId, Participant subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return subject.PersonId == viewerPersonId ? ParticipantDetails.All : ParticipantDetails.ShortName;
    }

    /// <summary>Caseworkers and supervisors see the whole record.</summary>
    public static ParticipantDetails ToStaff() => ParticipantDetails.All;

    /// <summary>
    /// Whether <paramref name="subject"/>'s contact details are protected from the other party: the indicator is set on the
    /// person or on the whole case.
    /// </summary>
    public static bool IsProtected(Case @case, Participant subject)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(subject);
        return @case.FamilyViolence || subject.FamilyViolence;
    }

    /// <summary>Whether a parent may be shown <paramref name="subject"/>'s address, phones, email or employer.</summary>
    public static bool MayShowContactDetailsToParent(string viewerPersonId, Participant subject) =>
        ToParent(viewerPersonId, subject).HasFlag(ParticipantDetails.ContactDetails);
}
