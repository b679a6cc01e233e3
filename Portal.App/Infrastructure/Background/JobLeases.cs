using Microsoft.EntityFrameworkCore;
using Portal.App.Infrastructure.Data;

namespace Portal.App.Infrastructure.Background;

/// <summary>
/// Runs a scheduled job on one instance at a time: the run takes the job's lease (a row in JobLeases) first and gives
/// it back after, and an instance that finds it held skips that run. A lease lapses after the run's longest allowed
/// time, so an instance that stopped mid-run does not hold the job forever. Taking is one conditional UPDATE (or the
/// row's first INSERT, which the primary key lets only one instance make), safe with any number of instances on
/// either provider.
/// </summary>
public sealed partial class JobLeases(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider time, ILogger<JobLeases> logger)
{
    /// <summary>This instance, as a lease's holder.</summary>
    public string Instance { get; } = Guid.NewGuid().ToString("N");

    /// <summary>Runs <paramref name="run"/> if no other instance is running <paramref name="job"/>; false when one is.</summary>
    public async Task<bool> RunAloneAsync(string job, TimeSpan longest, Func<CancellationToken, Task> run, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (!await TryTakeAsync(job, longest, ct))
        {
            LogSkipped(logger, job);
            return false;
        }
        try
        {
            await run(ct);
        }
        finally
        {
            await GiveBackAsync(job);
        }
        return true;
    }

    /// <summary>Takes the job's lease until now + <paramref name="longest"/>, unless another instance holds it.</summary>
    public async Task<bool> TryTakeAsync(string job, TimeSpan longest, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(job);
        var now = time.GetUtcNow();
        var until = now + longest;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var taken = await db.JobLeases.Where(l => l.Name == job && (l.Until <= now || l.Holder == Instance))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, Instance).SetProperty(l => l.Until, until), ct);
        if (taken == 1) return true;
        if (await db.JobLeases.AnyAsync(l => l.Name == job, ct)) return false;
        db.JobLeases.Add(new JobLease(job, Instance, until));
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException ex) when (DatabaseErrors.IsUniqueViolation(ex))
        {
            return false; // another instance made the row first, and holds it
        }
    }

    /// <summary>Lets the job's lease go at once, if this instance holds it.</summary>
    private async Task GiveBackAsync(string job)
    {
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync();
        await db.JobLeases.Where(l => l.Name == job && l.Holder == Instance).ExecuteUpdateAsync(s => s.SetProperty(l => l.Until, now));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Another instance is running {Job}: this run is skipped")]
    private static partial void LogSkipped(ILogger logger, string job);
}
