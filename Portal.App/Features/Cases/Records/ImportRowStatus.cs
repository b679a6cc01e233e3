namespace Portal.App.Features.Cases.Records;

public enum ImportRowStatus
{
    Accepted,
    /// <summary>A payment already recorded moved on to the stage the row gives.</summary>
    Updated,
    Duplicate,
    Rejected,
}
