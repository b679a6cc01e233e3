namespace Portal.Domain.Cases;

/// <summary>Something the agency did on a case, described in plain language for the parents.</summary>
public sealed class CaseAction
{
    private CaseAction()
    {
        Description = string.Empty;
    }

    public CaseAction(int caseId, DateTimeOffset occurredAt, CaseActionType type, string description)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        CaseId = caseId;
        OccurredAt = occurredAt;
        Type = type;
        Description = description;
    }

    public long Id { get; private set; }
    public int CaseId { get; private set; }
    public DateTimeOffset OccurredAt { get; private set; }
    public CaseActionType Type { get; private set; }
    public string Description { get; private set; }
}
