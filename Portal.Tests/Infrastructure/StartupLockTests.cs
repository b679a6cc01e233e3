using Portal.App.Infrastructure.Data;

namespace Portal.Tests.Infrastructure;

public sealed class StartupLockTests : IDisposable
{
    private readonly string database = Path.Combine(Path.GetTempPath(), $"portal-lock-{Guid.NewGuid():N}.db");

    public void Dispose() => File.Delete(database + ".startup-lock");

    [Fact]
    public async Task A_second_instance_waits_until_the_first_has_finished_its_start_up()
    {
        var first = await StartupLock.AcquireAsync($"Data Source={database}", CancellationToken.None);

        var second = StartupLock.AcquireAsync($"Data Source={database}", CancellationToken.None);
        await Task.WhenAny(second, Task.Delay(TimeSpan.FromMilliseconds(500)));
        Assert.False(second.IsCompleted);

        first.Dispose();
        (await second.WaitAsync(TimeSpan.FromSeconds(10))).Dispose();
    }

    [Fact]
    public async Task Instances_on_different_databases_do_not_wait_for_each_other()
    {
        using var first = await StartupLock.AcquireAsync($"Data Source={database}", CancellationToken.None);
        var other = Path.Combine(Path.GetTempPath(), $"portal-lock-{Guid.NewGuid():N}.db");
        try
        {
            using var second = await StartupLock.AcquireAsync($"Data Source={other}", CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        }
        finally
        {
            File.Delete(other + ".startup-lock");
        }
    }

    [Fact]
    public async Task Giving_up_start_up_stops_the_wait()
    {
        using var first = await StartupLock.AcquireAsync($"Data Source={database}", CancellationToken.None);
        using var stopping = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => StartupLock.AcquireAsync($"Data Source={database}", stopping.Token));
    }
}
