using Portal.App.Features.Cases.Shared.Applications;
using Portal.Domain.Applications;

namespace Portal.App.Features.Applications;

/// <summary>
/// The applicant's application on a live page: what they typed (saved as they go) and where it stands. An SSN typed
/// here is held only until the next save, which keeps its fingerprint, last four and sealed copy, and forgets it.
/// </summary>
public sealed class ApplicationSession
{
    public required Guid Id { get; init; }
    public required DateOnly Today { get; init; }
    public required ApplicationStatus Status { get; init; }
    public required DateTimeOffset ExpiresAt { get; init; }
    public string? Reference { get; init; }
    public DateTimeOffset? SubmittedAt { get; init; }
    public string? DeclineReason { get; init; }
    public IReadOnlyList<ApplicationMessageView> Messages { get; init; } = [];

    public ApplicationAnswers Answers { get; set; } = new();

    /// <summary>The documents uploaded with it so far.</summary>
    public IReadOnlyList<ApplicationDocumentRow> Documents { get; set; } = [];

    /// <summary>An SSN as typed, until it is saved (then only its last four stay, in <see cref="ApplicationAnswers.SsnLast4"/>).</summary>
    public string? TypedSsn { get; set; }

    public bool IsDraft => Status == ApplicationStatus.Draft;

    public SectionStatus StatusOf(ApplicationSection section) => ApplicationSections.StatusOf(section, Answers, Today, Documents.Count);
}

/// <summary>A message on the application, as the applicant reads it.</summary>
public sealed record ApplicationMessageView(bool FromStaff, string Body, DateTimeOffset SentAt);

/// <summary>What the applicant enters on the declaration page.</summary>
public sealed class ApplicationSignatureEntry
{
    public bool Consented { get; set; }
    public string? Name { get; set; }
    public bool Declared { get; set; }
}
