namespace Portal.Tests.Support;

/// <summary>
/// The portal on Kestrel with the committed demo data loaded, shared by the end-to-end tests. The case system is the
/// development stand-in, through real folders: changes are written to one, and its answers imported from the other.
/// </summary>
public sealed class SeededPortal : IDisposable
{
    /// <summary>Where "Leave this site quickly" goes in the tests; the browser is given a page for it (no network here).</summary>
    public const string NeutralSite = "https://neutral.example/weather";

    private readonly string caseSystemFolder = Path.Combine(Path.GetTempPath(), $"portal-e2e-case-system-{Guid.NewGuid():N}");

    public SeededPortal()
    {
        Factory.Settings["CaseSystem:ExportFolder"] = Path.Combine(caseSystemFolder, "inbound");
        Factory.Settings["CaseSystem:StandIn:Enabled"] = "true";
        Factory.Settings["CaseSystem:StandIn:AnswerAfter"] = "00:00:01";
        Factory.Settings["CaseSystem:StandIn:AnswerFolder"] = Path.Combine(caseSystemFolder, "import");
        Factory.Settings["CaseRecords:ImportFolder"] = Path.Combine(caseSystemFolder, "import");
        Factory.Settings["CaseRecords:ImportSettleTime"] = "00:00:00.200";
        Factory.Settings["QuickExit:Url"] = NeutralSite;
    }

    public KestrelPortalFactory Factory { get; } = new(seed: true)
    {
        // Every browser test comes from 127.0.0.1: the collection's failed "find your case" attempts must not
        // add up to the per-client limit (5 an hour by default) and turn later tests' matches into "no match".
        // Likewise the collection's page loads, one circuit start each, must not reach the per-client start rate.
        Settings = { ["Registration:FailedMatchesPerClient"] = "100", ["Circuits:ConnectionStartsPerAddress"] = "10000" },
    };

    public void Dispose()
    {
        Factory.Dispose();
        if (Directory.Exists(caseSystemFolder)) Directory.Delete(caseSystemFolder, recursive: true);
    }
}
