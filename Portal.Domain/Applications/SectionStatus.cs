namespace Portal.Domain.Applications;

/// <summary>A section's tag on the task list (GOV.UK "complete multiple tasks").</summary>
public enum SectionStatus
{
    /// <summary>Only the declaration: it signs the other sections, so it waits for them.</summary>
    CannotStartYet,
    NotStarted,
    InProgress,
    Completed,
}
