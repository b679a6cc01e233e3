using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Portal.App.Infrastructure.Data;

/// <summary>What a database error means, whichever provider raised it.</summary>
public static class DatabaseErrors
{
    /// <summary>A unique index or the primary key refused the row: another writer saved the same key first.</summary>
    public static bool IsUniqueViolation(DbUpdateException exception) => exception?.InnerException switch
    {
        SqliteException { SqliteErrorCode: 19, SqliteExtendedErrorCode: 2067 or 1555 } => true, // SQLITE_CONSTRAINT_UNIQUE, _PRIMARYKEY
        PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } => true,
        _ => false,
    };

    /// <summary>
    /// PostgreSQL aborted a serializable transaction that overlapped another (or two deadlocked): running it again
    /// succeeds. SQLite never raises this, as its writers take turns.
    /// </summary>
    public static bool IsSerializationFailure(Exception exception)
    {
        for (var inner = exception; inner is not null; inner = inner.InnerException)
        {
            if (inner is PostgresException { SqlState: PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected }) return true;
        }
        return false;
    }

    /// <summary>The provider's code for a failure, for the logs (SQLite's number, PostgreSQL's SQLSTATE); null when there is none.</summary>
    public static string? CodeOf(Exception exception) => (exception as DbException ?? exception?.InnerException as DbException) switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode.ToString(CultureInfo.InvariantCulture),
        { SqlState: { } state } => state,
        _ => null,
    };
}
