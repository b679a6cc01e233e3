using Microsoft.Extensions.Options;

namespace Portal.App.Infrastructure.Storage;

/// <summary>
/// Encrypted documents as files in <see cref="DocumentsOptions.StorageFolder"/>, under two-character subfolders of
/// their generated key. Written to a temporary name and moved into place, so a half-written file never has a key.
/// </summary>
public sealed class FolderDocumentStorage(IOptions<DocumentsOptions> options, IHostEnvironment environment) : IDocumentStorage
{
    private const int BufferSize = 64 * 1024;

    public string Folder { get; } = Path.GetFullPath(options.Value.StorageFolder, environment.ContentRootPath);

    public async Task SaveAsync(string key, Func<Stream, CancellationToken, Task> write, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(write);
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".partial";
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, useAsync: true))
            {
                await write(file, ct);
                await file.FlushAsync(ct);
            }
            File.Move(temporary, path);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public Task<Stream?> OpenReadAsync(string key, CancellationToken ct)
    {
        var path = PathOf(key);
        Stream? stream = File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, useAsync: true) : null;
        return Task.FromResult(stream);
    }

    public Task DeleteAsync(string key, CancellationToken ct)
    {
        File.Delete(PathOf(key));
        return Task.CompletedTask;
    }

    // Keys are GUIDs the app made; anything else is a bug, never a path.
    private string PathOf(string key)
    {
        if (!Guid.TryParseExact(key, "N", out _)) throw new ArgumentException("A storage key is a GUID in \"N\" format.", nameof(key));
        return Path.Combine(Folder, key[..2], key);
    }
}
