using Microsoft.EntityFrameworkCore;

namespace Portal.App.Infrastructure.Data;

/// <summary>Hands out a provider's own context where the portal asks for <see cref="PortalDbContext"/>.</summary>
public sealed class ProviderDbContextFactory<TContext>(IDbContextFactory<TContext> contexts) : IDbContextFactory<PortalDbContext>
    where TContext : PortalDbContext
{
    public PortalDbContext CreateDbContext() => contexts.CreateDbContext();

    public async Task<PortalDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        await contexts.CreateDbContextAsync(cancellationToken);
}
