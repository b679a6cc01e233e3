namespace Portal.Domain.Applications;

/// <summary>A child the application is for.</summary>
public sealed class ApplicationChild
{
    public string? FirstName { get; set; }
    public string? LastName { get; set; }
    public DateOnly? DateOfBirth { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(FirstName) && string.IsNullOrWhiteSpace(LastName) && DateOfBirth is null;
}
