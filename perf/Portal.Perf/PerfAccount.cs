namespace Portal.Perf;

/// <summary>A parent account the harness signs in as, and the case its dashboard shows.</summary>
public sealed record PerfAccount(string UserName, string Password, string CaseNumber)
{
    public const string OtherParentUserName = "perf.parent";

    /// <summary>A made-up password for a throw-away perf database; it meets the portal's password policy.</summary>
    public const string OtherParentPassword = "Ironwood#Bench26";
}
