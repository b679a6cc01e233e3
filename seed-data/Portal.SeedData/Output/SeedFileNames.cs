namespace Portal.SeedData.Output;

/// <summary>The files the app imports, by name.</summary>
internal static class SeedFileNames
{
    public const string Cases = "cases.csv";
    public const string Participants = "participants.csv";
    public const string SupportOrders = "support-orders.csv";
    public const string Payments = "payments.csv";
    public const string CaseActions = "case-actions.csv";
    public const string Offices = "offices.csv";
    public const string DemoIdentities = "demo-identities.json";
}
