using Portal.Domain.Applications;

namespace Portal.App.Features.Staff.Applications;

/// <summary>An application in the queue.</summary>
public sealed record StaffApplicationRow(Guid Id, string Reference, string ApplicantName, ApplicationStatus Status, DateTimeOffset SubmittedAt);
