namespace Portal.Domain.Cases;

/// <summary>The parts of a participant's record that a viewer may be shown.</summary>
[Flags]
public enum ParticipantDetails
{
    None = 0,

    /// <summary>First name and last initial: how a parent's dashboard names the other parent.</summary>
    ShortName = 1,

    /// <summary>The whole name, date of birth and the last four digits of the SSN.</summary>
    Identity = 2,

    /// <summary>Mailing address, phone numbers, email and employer.</summary>
    ContactDetails = 4,

    All = ShortName | Identity | ContactDetails,
}
