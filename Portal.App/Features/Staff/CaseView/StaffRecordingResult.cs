namespace Portal.App.Features.Staff.CaseView;

/// <summary>Recorded (and published to the live dashboards), or the problems to show next to the fields.</summary>
public sealed record StaffRecordingResult(IReadOnlyList<StaffEntryProblem> Problems)
{
    public static readonly StaffRecordingResult Recorded = new([]);

    public bool IsRecorded => Problems.Count == 0;
}
