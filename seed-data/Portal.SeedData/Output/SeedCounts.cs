namespace Portal.SeedData.Output;

/// <summary>How many rows went into each file.</summary>
internal sealed class SeedCounts
{
    public long Cases { get; set; }
    public long Participants { get; set; }
    public long SupportOrders { get; set; }
    public long Payments { get; set; }
    public long CaseActions { get; set; }
    public long Offices { get; set; }

    public override string ToString() =>
        $"{Cases:N0} cases, {Participants:N0} participants, {SupportOrders:N0} orders, {Payments:N0} payments, {CaseActions:N0} actions, {Offices:N0} offices";
}
