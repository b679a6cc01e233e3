namespace Portal.App.Infrastructure.Storage;

/// <summary>
/// Where encrypted document bytes live, by a key the app makes (a GUID). It stores only ciphertext
/// (<see cref="DocumentCipher"/> encrypts before and decrypts after), so a blob store can replace the folder by
/// implementing these three calls.
/// </summary>
public interface IDocumentStorage
{
    /// <summary>Writes a new object: <paramref name="write"/> fills the stream; nothing is visible under the key until it returns.</summary>
    Task SaveAsync(string key, Func<Stream, CancellationToken, Task> write, CancellationToken ct);

    /// <summary>The object's bytes; null when there is none.</summary>
    Task<Stream?> OpenReadAsync(string key, CancellationToken ct);

    Task DeleteAsync(string key, CancellationToken ct);
}
