namespace Portal.Domain.CaseSystem;

public sealed record OfficeRecord(
    string Code, string Name, string AddressLine1, string? AddressLine2, string City, string Zip, string Phone,
    TimeOnly OpensAt, TimeOnly ClosesAt, double Latitude, double Longitude);
