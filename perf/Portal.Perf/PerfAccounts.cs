namespace Portal.Perf;

/// <summary>What prepare adds beside the database (FILE.accounts.json) for the Node harness; the demo parent comes from seed-data/demo-identities.json.</summary>
public sealed record PerfAccounts(PerfAccount OtherParent)
{
    public static string PathFor(string databasePath) => databasePath + ".accounts.json";
}
