namespace Portal.App.Infrastructure.Data.Seeding;

/// <summary>A parent on a seeded case, with everything registration asks for. UserName, Password and SecurityAnswers are set only for a parent who already has an account.</summary>
public sealed record DemoParent(
    string CaseNumber,
    string PersonId,
    string Role,
    string FirstName,
    string LastName,
    string Ssn,
    DateOnly DateOfBirth,
    string AddressLine1,
    string? AddressLine2,
    string City,
    string Zip,
    string Email,
    string? UserName,
    string? Password,
    IReadOnlyList<DemoSecurityAnswer>? SecurityAnswers = null);
