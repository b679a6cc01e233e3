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
}
