namespace Portal.Tests.Support;

/// <summary>
/// Waits for something another thread, host or instance does on its own time (a background job, a listener, a
/// socket closed server-side): polls every 20 ms and fails after <paramref name="patience"/> (10 s unless given).
/// </summary>
public static class Eventually
{
    public static Task TrueAsync(Func<bool> condition, string? waitingFor = null, TimeSpan? patience = null) =>
        TrueAsync(() => Task.FromResult(condition()), waitingFor, patience);

    public static async Task TrueAsync(Func<Task<bool>> condition, string? waitingFor = null, TimeSpan? patience = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var until = DateTime.UtcNow + (patience ?? TimeSpan.FromSeconds(10));
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < until, $"Waited too long{(waitingFor is null ? "" : " for " + waitingFor)}.");
            await Task.Delay(20);
        }
    }
}
