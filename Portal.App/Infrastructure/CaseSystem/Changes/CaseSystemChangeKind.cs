namespace Portal.App.Infrastructure.CaseSystem.Changes;

/// <summary>What a change sent to the case system replaces (stored by name; the export file's "kind").</summary>
public enum CaseSystemChangeKind
{
    MailingAddress,
    Phones,

    /// <summary>An application for services from someone with no case yet.</summary>
    Application,
}
