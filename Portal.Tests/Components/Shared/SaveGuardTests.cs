using Bunit;
using Portal.App.Components.Shared;
using Portal.Tests.Support;

namespace Portal.Tests.Components.Shared;

/// <summary>
/// While the database cannot be written, an interactive form says "try again" instead of freezing: a real SQLite
/// write refused because another connection holds the lock, as in an outage.
/// </summary>
public sealed class SaveGuardTests : BunitContext
{
    private readonly ScratchDatabase database = new();

    public SaveGuardTests() => this.AddPortalTestServices();

    [Fact]
    public async Task A_save_the_locked_database_refuses_shows_try_again_and_the_circuit_goes_on()
    {
        using var culture = CultureScope.English();
        await using var writeLock = await database.LockAsync();
        var guard = Render<SaveGuard>();

        var saved = await guard.Instance.TrySaveAsync(database.WriteAsync);

        Assert.False(saved);
        Assert.Equal("We couldn't save that; nothing was lost; try again.", guard.Find("[data-testid=save-failed]").TextContent);

        // Once the database is free again the same form saves, and the message goes.
        await writeLock.ReleaseAsync();
        var retried = await guard.Instance.TrySaveAsync(database.WriteAsync);
        Assert.True(retried);
        Assert.Empty(guard.FindAll("[data-testid=save-failed]"));
    }

    [Fact]
    public async Task The_try_again_message_is_in_spanish_too()
    {
        using var culture = CultureScope.Spanish();
        var guard = Render<SaveGuard>();

        await guard.Instance.TrySaveAsync(() => throw new Microsoft.EntityFrameworkCore.DbUpdateException("locked"));

        Assert.Equal("No pudimos guardar eso; no se perdió nada; inténtelo de nuevo.", guard.Find("[data-testid=save-failed]").TextContent);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) database.Dispose();
        base.Dispose(disposing);
    }
}
