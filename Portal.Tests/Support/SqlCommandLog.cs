using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Portal.Tests.Support;

/// <summary>The text of every SQL command the app runs, in order, for tests that count what a page asks the database.</summary>
public sealed class SqlCommandLog : DbCommandInterceptor
{
    private readonly Lock gate = new();
    private readonly List<string> commands = [];

    public int Count
    {
        get
        {
            lock (gate) return commands.Count;
        }
    }

    /// <summary>The commands run after the first <paramref name="mark"/> (a <see cref="Count"/> taken earlier).</summary>
    public IReadOnlyList<string> Since(int mark)
    {
        lock (gate) return commands[mark..];
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Add(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Add(command);
        return ValueTask.FromResult(result);
    }

    private void Add(DbCommand command)
    {
        lock (gate) commands.Add(command.CommandText);
    }
}
