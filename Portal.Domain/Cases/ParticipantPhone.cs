namespace Portal.Domain.Cases;

/// <summary>One of a participant's phone numbers, with its kind. <see cref="Number"/> holds the ten digits.</summary>
public sealed record ParticipantPhone(PhoneKind Kind, string Number)
{
    /// <summary>The number as written in the US, or as stored when the case system sent something else.</summary>
    public string Display => PhoneNumber.TryParse(Number, out var phone) ? phone.Display : Number;
}
