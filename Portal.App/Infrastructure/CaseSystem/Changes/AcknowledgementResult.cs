namespace Portal.App.Infrastructure.CaseSystem.Changes;

/// <summary>What recording the case system's answer to a change did.</summary>
public enum AcknowledgementResult
{
    Recorded,
    /// <summary>The same answer again (the case system also delivers at least once): nothing changed.</summary>
    Duplicate,
    /// <summary>No change has that id: nothing changed.</summary>
    UnknownChange,
    /// <summary>The change was already answered the other way: the first answer stands.</summary>
    Conflicting,
}
