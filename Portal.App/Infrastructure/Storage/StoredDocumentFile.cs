namespace Portal.App.Infrastructure.Storage;

/// <summary>
/// A file as <see cref="DocumentCipher"/> stored it: its generated key, its own encryption key wrapped with Data
/// Protection, and the SHA-256 (lower-case hex) and size of the plain content.
/// </summary>
public sealed record StoredDocumentFile(string StorageKey, string ProtectedKey, string Sha256, long SizeBytes);
