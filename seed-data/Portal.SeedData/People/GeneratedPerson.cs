namespace Portal.SeedData.People;

/// <summary>
/// One person as generated, with what stays the same on every case they are on. Children have no SSN and
/// no contact details; parents always have an SSN (or ITIN) and an address, and most have email and phone.
/// </summary>
internal sealed record GeneratedPerson(
    string PersonId,
    string FirstName,
    string LastName,
    DateOnly DateOfBirth,
    string? Ssn,
    string? AddressLine1,
    string? AddressLine2,
    string? City,
    string? Zip,
    string? Email,
    string? Phone,
    string County,
    bool HasSpanishName);
