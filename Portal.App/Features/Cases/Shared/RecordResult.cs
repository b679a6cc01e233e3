namespace Portal.App.Features.Cases.Shared;

public enum RecordResult
{
    /// <summary>Saved, then published to the live dashboards.</summary>
    Recorded,
    /// <summary>A record with the same external id was already recorded: nothing saved, nothing published.</summary>
    Duplicate,
    /// <summary>Refused: see <see cref="RecordOutcome.Problem"/>.</summary>
    Rejected,
}
