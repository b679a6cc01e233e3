namespace Portal.App.Features.Recovery;

/// <summary>
/// "Forgot case number" as typed, but the SSN: <see cref="CaseNumberLookupForm"/> declares it [PersistentState], so a
/// page resumed after its connection was lost comes back with these filled in. The SSN is never persisted.
/// </summary>
public sealed class CaseNumberLookupInput
{
    public string? BirthMonth { get; set; }
    public string? BirthDay { get; set; }
    public string? BirthYear { get; set; }
    public string? AddressLine1 { get; set; }
    public string? AddressLine2 { get; set; }
    public string? Zip { get; set; }
}
