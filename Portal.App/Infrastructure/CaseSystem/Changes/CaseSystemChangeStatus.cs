namespace Portal.App.Infrastructure.CaseSystem.Changes;

/// <summary>Where a change to the case system stands (stored by name).</summary>
public enum CaseSystemChangeStatus
{
    /// <summary>Saved with the request; its file is not written yet.</summary>
    Waiting,
    /// <summary>Its file is in the case system's inbound folder; no answer yet.</summary>
    Sent,
    /// <summary>The case system took it: the portal's copy of the contact details now shows it.</summary>
    Accepted,
    /// <summary>The case system refused it, with a reason.</summary>
    Rejected,
}
