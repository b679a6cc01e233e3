namespace Portal.App.Features.Cases.Shared;

/// <summary>What happened to one payment or case action given to <see cref="CaseRecordWriter"/>.</summary>
public abstract record RecordResult
{
    private RecordResult() { }

    /// <summary>Saved, then published to the live dashboards.</summary>
    public sealed record Recorded : RecordResult;

    /// <summary>A payment already recorded moved on to a later stage: saved, then published.</summary>
    public sealed record Updated : RecordResult;

    /// <summary>A record with the same external id was already recorded: nothing saved, nothing published.</summary>
    public sealed record Duplicate : RecordResult;

    /// <summary>Refused; <see cref="Problem"/> says why in plain English, for reports and logs.</summary>
    public sealed record Rejected(string Problem) : RecordResult;
}
