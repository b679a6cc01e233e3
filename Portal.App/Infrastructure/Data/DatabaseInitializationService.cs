namespace Portal.App.Infrastructure.Data;

/// <summary>
/// Runs <see cref="DatabaseInitializer"/> as the host starts: hosted services start before the server
/// accepts requests, so no request ever meets an unmigrated or half-seeded database.
/// </summary>
public sealed class DatabaseInitializationService(IServiceScopeFactory scopes) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
