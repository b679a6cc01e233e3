using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Infrastructure.Data;
using Portal.App.Infrastructure.Email;
using Portal.App.Infrastructure.Email.Pickup;

namespace Portal.Tests.Support;

/// <summary>Waits for the Pickup provider to deliver a message into a folder (an event, not a sleep).</summary>
public static class MailFolderWatcher
{
    public static async Task<string> WaitForMessageAsync(string folder, Guid? id = null, TimeSpan? timeout = null)
    {
        Directory.CreateDirectory(folder);
        var pattern = id is { } messageId ? $"{messageId:N}.eml" : "*.eml";
        var delivered = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var watcher = new FileSystemWatcher(folder, pattern) { EnableRaisingEvents = true };
        watcher.Created += (_, e) => delivered.TrySetResult(e.FullPath);
        watcher.Renamed += (_, e) => delivered.TrySetResult(e.FullPath);
        // It may have arrived before the watcher started.
        if (Directory.GetFiles(folder, pattern).FirstOrDefault() is { } existing) return existing;
        return await delivered.Task.WaitAsync(timeout ?? TimeSpan.FromSeconds(20));
    }

    /// <summary>The .eml files in <paramref name="folder"/> now: pass them to <see cref="WaitForNewMessageAsync"/> to wait for the next one.</summary>
    public static IReadOnlySet<string> Snapshot(string folder) =>
        Directory.Exists(folder) ? Directory.GetFiles(folder, "*.eml").ToHashSet() : new HashSet<string>();

    /// <summary>
    /// <see cref="Snapshot"/> once everything already queued for <paramref name="address"/> has been delivered: a message
    /// an earlier test in the same lane set off (a code it asked for), arriving late, would otherwise pass for the next one.
    /// </summary>
    public static async Task<IReadOnlySet<string>> SnapshotWhenDeliveredAsync(KestrelPortalFactory portal, string address)
    {
        await Eventually.TrueAsync(async () =>
        {
            await using var scope = portal.KestrelServices.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            return !await db.OutboxMessages.AnyAsync(m => m.ToAddress == address && m.Status == OutboxStatus.Pending);
        }, $"the mail already queued for {address} to be delivered");
        return Snapshot(portal.MailFolder);
    }

    /// <summary>Waits for a message to <paramref name="to"/> in a file not among <paramref name="seen"/>.</summary>
    public static async Task<MailboxMessage> WaitForNewMessageAsync(string folder, string to, IReadOnlySet<string> seen, TimeSpan? timeout = null)
    {
        Directory.CreateDirectory(folder);
        var arrived = System.Threading.Channels.Channel.CreateUnbounded<string>();
        using var watcher = new FileSystemWatcher(folder, "*.eml") { EnableRaisingEvents = true };
        watcher.Created += (_, e) => arrived.Writer.TryWrite(e.FullPath);
        watcher.Renamed += (_, e) => arrived.Writer.TryWrite(e.FullPath);
        foreach (var existing in Directory.GetFiles(folder, "*.eml")) arrived.Writer.TryWrite(existing);

        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(20));
        var checkedFiles = new HashSet<string>(seen);
        await foreach (var path in arrived.Reader.ReadAllAsync(cancel.Token))
        {
            if (!checkedFiles.Add(path)) continue;
            var message = await ReadWhenCompleteAsync(path, cancel.Token);
            if (message.To.Contains(to, StringComparison.OrdinalIgnoreCase)) return message;
        }
        throw new TimeoutException($"no new message to {to}");
    }

    // The Pickup provider writes a temporary file and renames it, so a listed .eml is complete.
    private static async Task<MailboxMessage> ReadWhenCompleteAsync(string path, CancellationToken cancellationToken) =>
        EmlReader.Read(Guid.ParseExact(Path.GetFileNameWithoutExtension(path), "N"), await File.ReadAllTextAsync(path, cancellationToken));
}
