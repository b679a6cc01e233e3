using Microsoft.Data.Sqlite;

namespace Portal.App.Infrastructure.Data;

public static class SqliteConnectionStrings
{
    /// <summary>How long a command waits for another connection's write lock before "database is locked" (unless the string says).</summary>
    public static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Anchors a relative database path at the content root, so the database lands in the same place
    /// whichever folder `dotnet run` was started from, and creates its folder.
    /// </summary>
    public static string UnderContentRoot(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource is { Length: > 0 } source && source != ":memory:" && !Path.IsPathRooted(source))
        {
            builder.DataSource = Path.Combine(contentRoot, source);
        }
        // Microsoft.Data.Sqlite retries a busy database until this many seconds have passed: explicit, so it is a decision.
        if (!builder.ContainsKey("Default Timeout") && !builder.ContainsKey("DefaultTimeout")) builder.DefaultTimeout = (int)BusyTimeout.TotalSeconds;
        if (Path.GetDirectoryName(builder.DataSource) is { Length: > 0 } folder) Directory.CreateDirectory(folder);
        return builder.ToString();
    }
}
