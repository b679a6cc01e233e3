namespace Portal.App.Features.CaseRecords;

public enum ImportRowStatus
{
    Accepted,
    Duplicate,
    Rejected,
}
