using Microsoft.Data.Sqlite;

namespace Portal.App.Infrastructure.Data;

public static class SqliteConnectionStrings
{
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
        if (Path.GetDirectoryName(builder.DataSource) is { Length: > 0 } folder) Directory.CreateDirectory(folder);
        return builder.ToString();
    }
}
