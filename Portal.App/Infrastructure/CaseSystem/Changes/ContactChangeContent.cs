using System.Text.Json;
using System.Text.Json.Serialization;
using Portal.Domain.Cases;

namespace Portal.App.Infrastructure.CaseSystem.Changes;

/// <summary>
/// What a change carries: a new mailing address, or the whole new list of phone numbers (the case system replaces the
/// list, so a removed number goes there too). The same JSON in the database (encrypted) and in the export file
/// (docs/profile.md, "The case-system feed"), so its shape is spelled out here rather than borrowed from the domain.
/// </summary>
public sealed record ContactChangeContent(ContactChangeContent.AddressFields? Address, IReadOnlyList<ContactChangeContent.PhoneFields>? Phones,
    ContactChangeContent.ApplicationFields? Application = null)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    public sealed record AddressFields(string Line1, string? Line2, string City, string State, string Zip);

    public sealed record PhoneFields(PhoneKind Kind, string Number);

    /// <summary>
    /// An application (docs/applications.md): its reference, when it was signed, its answers as the applicant gave them
    /// (no SSN among them), and the SSN sealed for the case system (<see cref="CaseSystemSealer"/>), with its last four.
    /// </summary>
    public sealed record ApplicationFields(string Reference, DateTimeOffset SubmittedAt, string Language, JsonElement Answers, string? SealedSsn, string? SsnLast4);

    [JsonIgnore]
    public CaseSystemChangeKind Kind => Application is not null ? CaseSystemChangeKind.Application
        : Address is not null ? CaseSystemChangeKind.MailingAddress : CaseSystemChangeKind.Phones;

    [JsonIgnore]
    public MailingAddress? MailingAddress => Address is { } a ? new MailingAddress(a.Line1, a.Line2, a.City, a.State, a.Zip) : null;

    [JsonIgnore]
    public IReadOnlyList<ParticipantPhone> ParticipantPhones => Phones?.Select(p => new ParticipantPhone(p.Kind, p.Number)).ToList() ?? [];

    public static ContactChangeContent For(MailingAddress address) =>
        new(new AddressFields(address.Line1, address.Line2, address.City, address.State, address.Zip), null);

    public static ContactChangeContent For(IEnumerable<ParticipantPhone> phones) =>
        new(null, [.. phones.Select(p => new PhoneFields(p.Kind, p.Number))]);

    public static ContactChangeContent For(ApplicationFields application) => new(null, null, application);

    public string Serialize() => JsonSerializer.Serialize(this, Json);

    public static ContactChangeContent Deserialize(string json) =>
        JsonSerializer.Deserialize<ContactChangeContent>(json, Json) ?? throw new JsonException("A case-system change holds no content.");
}
