using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.App.Infrastructure.Data;
using Portal.App.Features.Accounts.Shared;

namespace Portal.App.Features.Accounts.Registration;

/// <summary>
/// Deletes accounts whose email was never verified once they are older than
/// <see cref="RegistrationOptions.UnverifiedAccountLifetime"/>: a registration abandoned halfway holds a
/// parent's case link and should not linger. <see cref="UnverifiedAccountPurgeService"/> runs it.
/// </summary>
public sealed partial class UnverifiedAccountPurger(IDbContextFactory<PortalDbContext> dbFactory, IOptions<RegistrationOptions> options, TimeProvider time, ILogger<UnverifiedAccountPurger> logger)
{
    public async Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow() - options.Value.UnverifiedAccountLifetime;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        // Their verification links go with them (cascade).
        var purged = await db.Users.Where(u => !u.EmailConfirmed && u.PersonId != null && u.CreatedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
        if (purged > 0) LogPurged(purged);
        return purged;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Purged {Count} unverified account(s) past their lifetime")]
    private partial void LogPurged(int count);
}
