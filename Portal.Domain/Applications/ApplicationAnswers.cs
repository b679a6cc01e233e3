namespace Portal.Domain.Applications;

/// <summary>
/// What an applicant typed, section by section, as the pages bind it and the application keeps it (encrypted at rest).
/// The SSN is never in here: only its last four digits, once the application has stored its fingerprint.
/// </summary>
public sealed class ApplicationAnswers
{
    // About you.
    public string? FirstName { get; set; }
    public string? LastName { get; set; }
    public DateOnly? DateOfBirth { get; set; }
    public string? SsnLast4 { get; set; }
    public bool NoSsn { get; set; }
    public ApplicantRole? Role { get; set; }
    public string? Line1 { get; set; }
    public string? Line2 { get; set; }
    public string? City { get; set; }
    public string? State { get; set; }
    public string? Zip { get; set; }
    public string? Phone { get; set; }

    // The other parent: "I don't know" is an answer.
    public string? OtherFirstName { get; set; }
    public string? OtherLastName { get; set; }
    public bool OtherNameUnknown { get; set; }
    public DateOnly? OtherDateOfBirth { get; set; }
    public bool OtherDateOfBirthUnknown { get; set; }
    public string? OtherAddress { get; set; }
    public bool OtherAddressUnknown { get; set; }
    public string? OtherEmployer { get; set; }
    public bool OtherEmployerUnknown { get; set; }

    // The children.
    public List<ApplicationChild> Children { get; set; } = [];

    // Income and employer.
    public bool? Employed { get; set; }
    public string? EmployerName { get; set; }
    public decimal? MonthlyIncome { get; set; }

    // Existing court orders.
    public bool? HasCourtOrder { get; set; }
    public string? CourtOrderCourt { get; set; }
    public string? CourtOrderNumber { get; set; }

    // Services.
    public List<SupportService> Services { get; set; } = [];

    // Documents: uploaded with the application, or sent later.
    public bool DocumentsLater { get; set; }
}
