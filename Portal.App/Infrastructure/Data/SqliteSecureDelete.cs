using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Portal.App.Infrastructure.Data;

/// <summary>
/// Turns on SQLite's <c>secure_delete</c> for every connection the app opens (it is a per-connection setting): deleted
/// and overwritten content is zeroed in the file, so an erased email body or a purged draft does not linger in free pages.
/// </summary>
public sealed class SqliteSecureDelete : DbConnectionInterceptor
{
    public static readonly SqliteSecureDelete Instance = new();

    private const string Pragma = "PRAGMA secure_delete = ON";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
