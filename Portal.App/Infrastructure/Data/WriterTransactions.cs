using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Portal.App.Infrastructure.Data;

/// <summary>
/// A transaction that checks and then writes, one at a time ("one check at a time per code"). On SQLite every
/// transaction is that already (BEGIN IMMEDIATE takes the single write lock). PostgreSQL runs transactions side by
/// side, so there each of these takes one transaction-scoped advisory lock first, released at commit or rollback:
/// two such transactions wait for each other exactly as on SQLite, and each reads what the one before committed.
/// </summary>
public static class WriterTransactions
{
    // Any fixed number: advisory locks are per database, and nothing else in the portal takes this one.
    private const long Key = 0x506F_7274_616C_5754; // "PortalWT"

    public static async Task<IDbContextTransaction> BeginWriterTransactionAsync(this DatabaseFacade database, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        var transaction = await database.BeginTransactionAsync(cancellationToken);
        if (database.IsNpgsql())
        {
            await database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({Key})", cancellationToken);
        }
        return transaction;
    }
}
