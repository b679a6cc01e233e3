using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Portal.Tests.Support;

namespace Portal.Tests.Infrastructure.Email;

/// <summary>A copy of the database files (a backup, a stolen disk) never holds a sign-in code that could be used.</summary>
public sealed class OutboxAtRestTests : IAsyncLifetime
{
    private readonly ControlledPortal portal = new();

    public async Task InitializeAsync() => await TestAccounts.CreateActivatedAsync(portal.Services, "maria.parent", personId: "P-TEST-1");

    public Task DisposeAsync()
    {
        portal.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_queued_sign_in_code_is_nowhere_in_the_database_files_before_or_after_it_is_sent()
    {
        // The line of the email that carries the code: six digits alone could occur in any file by chance.
        var line = await RequestSignInCodeLineAsync();

        Assert.DoesNotContain(line, DatabaseFilesText());

        await portal.Dispatcher.DispatchDueAsync(default);
        Assert.Contains(line, Assert.Single(portal.Provider.Inbox).TextBody);
        Assert.DoesNotContain(line, DatabaseFilesText());
    }

    [Fact]
    public async Task Every_connection_the_portal_opens_zeroes_what_it_deletes()
    {
        await using var db = await portal.CreateDbContextAsync();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA secure_delete";

        Assert.Equal(1L, await command.ExecuteScalarAsync());
    }

    private async Task<string> RequestSignInCodeLineAsync()
    {
        using var client = portal.CreateClient();
        await HtmlForms.SubmitAsync(client, "/signin", "signin", new Dictionary<string, string> { ["Input.Login"] = "maria.parent", ["Input.Password"] = TestAccounts.Password });
        await using var db = await portal.CreateDbContextAsync();
        var text = portal.Services.Readable(await db.OutboxMessages.SingleAsync(m => m.Kind == "SignInCode")).TextBody;
        var code = SignInCodes.CodeIn(text);
        return text.Split('\n').Single(l => l.Contains(code, StringComparison.Ordinal)).Trim();
    }

    /// <summary>The database, its write-ahead log and shared memory, read as raw bytes the way an attacker with a copy would.</summary>
    private string DatabaseFilesText()
    {
        SqliteConnection.ClearAllPools();
        var text = new StringBuilder();
        foreach (var file in new[] { portal.DatabasePath, portal.DatabasePath + "-wal", portal.DatabasePath + "-shm" }.Where(File.Exists))
        {
            using var copy = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var reader = new StreamReader(copy, Encoding.Latin1);
            text.Append(reader.ReadToEnd());
        }
        return text.ToString();
    }
}
