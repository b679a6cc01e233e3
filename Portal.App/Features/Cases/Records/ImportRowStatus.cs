namespace Portal.App.Features.Cases.Records;

public enum ImportRowStatus
{
    Accepted,
    Duplicate,
    Rejected,
}
