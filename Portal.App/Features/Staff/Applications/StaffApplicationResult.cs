namespace Portal.App.Features.Staff.Applications;

public abstract record StaffApplicationResult
{
    private StaffApplicationResult() { }

    public sealed record Done : StaffApplicationResult;

    public sealed record NotFound : StaffApplicationResult;

    /// <summary>Refused, with the key of the message that says why (in StaffApplicationsText).</summary>
    public sealed record Refused(string Problem) : StaffApplicationResult;
}
