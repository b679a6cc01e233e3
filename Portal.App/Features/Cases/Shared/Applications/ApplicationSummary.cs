using Portal.Domain.Applications;

namespace Portal.App.Features.Cases.Shared.Applications;

/// <summary>An applicant's application as the dashboard shows it.</summary>
public sealed record ApplicationSummary(Guid Id, ApplicationStatus Status, string? Reference, DateTimeOffset StartedAt, DateTimeOffset ExpiresAt,
    DateTimeOffset? SubmittedAt, string? LinkedCaseNumber);
