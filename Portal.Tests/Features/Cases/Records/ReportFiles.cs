namespace Portal.Tests.Features.Cases.Records;

/// <summary>Waits for an import report to be written (an event, not a sleep).</summary>
public static class ReportFiles
{
    public static async Task<string> WaitForAsync(string folder, string pattern, TimeSpan? timeout = null)
    {
        Directory.CreateDirectory(folder);
        var written = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var watcher = new FileSystemWatcher(folder, pattern) { EnableRaisingEvents = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size };
        watcher.Changed += (_, e) => Complete(e.FullPath);
        watcher.Created += (_, e) => Complete(e.FullPath);
        watcher.Renamed += (_, e) => Complete(e.FullPath);
        if (Directory.GetFiles(folder, pattern).FirstOrDefault() is { } existing) Complete(existing);
        return await written.Task.WaitAsync(timeout ?? TimeSpan.FromSeconds(20));

        // The report is renamed into place once written; it is complete once it opens with its last line.
        void Complete(string path)
        {
            try
            {
                if (File.ReadAllText(path).EndsWith("\r\n", StringComparison.Ordinal)) written.TrySetResult(path);
            }
            catch (IOException)
            {
                // Still being written: the next change event completes it.
            }
        }
    }
}
