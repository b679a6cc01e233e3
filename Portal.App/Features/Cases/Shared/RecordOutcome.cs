namespace Portal.App.Features.Cases.Shared;

/// <summary>What happened to one record; <see cref="Problem"/> says why a record was rejected (plain English, for reports and logs).</summary>
public sealed record RecordOutcome(RecordResult Result, string? Problem = null)
{
    public static readonly RecordOutcome Recorded = new(RecordResult.Recorded);
    public static readonly RecordOutcome Duplicate = new(RecordResult.Duplicate);

    public static RecordOutcome Rejected(string problem) => new(RecordResult.Rejected, problem);
}
