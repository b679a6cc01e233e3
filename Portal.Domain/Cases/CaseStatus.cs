namespace Portal.Domain.Cases;

public enum CaseStatus
{
    Open,
    Closed,
}
