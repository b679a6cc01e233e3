namespace Portal.Domain.Cases;

/// <summary>Something the agency did on a case, described in plain language for the parents.</summary>
public sealed class CaseAction
{
    private CaseAction()
    {
        Description = string.Empty;
    }

    /// <param name="externalId">The case system's id for the action: re-importing an action with the same id never records it twice.</param>
    public CaseAction(int caseId, DateTimeOffset occurredAt, CaseActionType type, string description, string? externalId = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        CaseId = caseId;
        ExternalId = string.IsNullOrWhiteSpace(externalId) ? null : externalId;
        OccurredAt = occurredAt;
        Type = type;
        Description = description;
    }

    public long Id { get; private set; }
    public int CaseId { get; private set; }
    public DateTimeOffset OccurredAt { get; private set; }
    public CaseActionType Type { get; private set; }
    public string Description { get; private set; }

    /// <summary>The case system's id for the action, when it came from there (unique); null for the seed's history.</summary>
    public string? ExternalId { get; private set; }
}
