using Portal.Domain.Cases;

namespace Portal.App.Components.Forms;

/// <summary>One phone number as typed into <see cref="PhoneNumberFields"/>, kept as typed until it is sent.</summary>
public sealed class PhoneDraft
{
    public PhoneKind Kind { get; set; } = PhoneKind.Mobile;
    public string? Number { get; set; }

    public PhoneNumber? Parsed => PhoneNumber.TryParse(Number, out var phone) ? phone : null;

    /// <summary>The ContactFieldText key of what is wrong with the number, or null.</summary>
    public string? Problem => string.IsNullOrWhiteSpace(Number) ? "PhoneNumber_Required" : Parsed is null ? "PhoneNumber_Invalid" : null;

    public static List<PhoneDraft> From(IEnumerable<ParticipantPhone> phones) => [.. phones.Select(p => new PhoneDraft { Kind = p.Kind, Number = p.Display })];

    /// <summary>The numbers ready to send, or null while any row has a problem.</summary>
    public static IReadOnlyList<ParticipantPhone>? ToPhones(IReadOnlyList<PhoneDraft> rows) =>
        rows.Any(r => r.Problem is not null) ? null : [.. rows.Select(r => new ParticipantPhone(r.Kind, r.Parsed!.Value.Digits))];
}
