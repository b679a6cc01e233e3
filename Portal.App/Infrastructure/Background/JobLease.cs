namespace Portal.App.Infrastructure.Background;

/// <summary>
/// Which instance runs a scheduled job now, and until when at most (<see cref="JobLeases"/>): one row per job.
/// </summary>
public sealed class JobLease
{
    private JobLease()
    {
    }

    public JobLease(string name, string holder, DateTimeOffset until)
    {
        Name = name;
        Holder = holder;
        Until = until;
    }

    public string Name { get; private set; } = "";

    /// <summary>The instance running it (a random id per process).</summary>
    public string Holder { get; private set; } = "";

    /// <summary>When the lease lapses if the holder never gives it back (it stopped mid-run).</summary>
    public DateTimeOffset Until { get; private set; }
}
