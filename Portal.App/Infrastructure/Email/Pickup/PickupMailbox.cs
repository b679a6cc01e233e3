namespace Portal.App.Infrastructure.Email.Pickup;

/// <summary>The messages in the pickup folder, newest first: what the /dev/mailbox page shows.</summary>
public sealed class PickupMailbox(PickupFolder folder)
{
    public async Task<IReadOnlyList<MailboxMessage>> ListAsync(CancellationToken cancellationToken)
    {
        if (!Directory.Exists(folder.Path)) return [];
        var files = new DirectoryInfo(folder.Path).EnumerateFiles("*.eml").OrderByDescending(f => f.LastWriteTimeUtc);
        var messages = new List<MailboxMessage>();
        foreach (var file in files)
        {
            if (Guid.TryParseExact(Path.GetFileNameWithoutExtension(file.Name), "N", out var id))
            {
                messages.Add(EmlReader.Read(id, await File.ReadAllTextAsync(file.FullName, cancellationToken)));
            }
        }
        return messages;
    }

    public async Task<MailboxMessage?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var path = folder.FileOf(id);
        return File.Exists(path) ? EmlReader.Read(id, await File.ReadAllTextAsync(path, cancellationToken)) : null;
    }
}
