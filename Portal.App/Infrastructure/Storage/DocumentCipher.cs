using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Portal.App.Infrastructure.Storage;

/// <summary>
/// Encrypts documents at rest, streaming both ways: each file gets a random 256-bit key (wrapped with Data Protection,
/// purpose "Portal.Documents.FileKeys", and kept in the database, away from the file), and its content is sealed with
/// AES-GCM in chunks of <see cref="ChunkSize"/> bytes. A chunk's nonce is the file's random prefix and the chunk's
/// index; its associated data binds the header, the index and whether it is the last chunk, so reordered, swapped or
/// truncated files fail to decrypt. Format: <c>"PDOC" 0x01 0 0 0 prefix[8]</c>, then per chunk ciphertext + tag[16].
/// </summary>
public sealed class DocumentCipher(IDataProtectionProvider dataProtection, IDocumentStorage storage)
{
    public const int ChunkSize = 64 * 1024;
    internal const int TagSize = 16;
    internal const int HeaderSize = 16;
    internal const int BlockSize = ChunkSize + TagSize;
    private static readonly byte[] Magic = "PDOC\u0001\0\0\0"u8.ToArray();

    private readonly IDataProtector keys = dataProtection.CreateProtector("Portal.Documents.FileKeys");

    /// <summary>
    /// Stores <paramref name="head"/> followed by the rest of <paramref name="content"/> under a new key. Throws
    /// <see cref="DocumentTooLargeException"/> (and keeps nothing) once more than <paramref name="maxBytes"/> arrive.
    /// </summary>
    public async Task<StoredDocumentFile> SaveAsync(ReadOnlyMemory<byte> head, Stream content, long maxBytes, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        var storageKey = Guid.NewGuid().ToString("N");
        var fileKey = RandomNumberGenerator.GetBytes(32);
        long size = 0;
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        try
        {
            await storage.SaveAsync(storageKey, async (destination, token) =>
            {
                size = await EncryptAsync(head, content, destination, fileKey, maxBytes, hash, token);
            }, ct);
            return new StoredDocumentFile(storageKey, Convert.ToBase64String(keys.Protect(fileKey)), Convert.ToHexStringLower(hash.GetHashAndReset()), size);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(fileKey);
        }
    }

    /// <summary>The plain content of a stored file, decrypted as it is read; null when the storage has no such file.
    /// Reading throws <see cref="CryptographicException"/> when the file was altered or cut short.</summary>
    public async Task<Stream?> OpenAsync(string storageKey, string protectedKey, CancellationToken ct)
    {
        var fileKey = keys.Unprotect(Convert.FromBase64String(protectedKey));
        var source = await storage.OpenReadAsync(storageKey, ct);
        return source is null ? null : new DecryptingStream(source, fileKey);
    }

    public Task DeleteAsync(string storageKey, CancellationToken ct) => storage.DeleteAsync(storageKey, ct);

    private static async Task<long> EncryptAsync(
        ReadOnlyMemory<byte> head, Stream content, Stream destination, byte[] fileKey, long maxBytes, IncrementalHash hash, CancellationToken ct)
    {
        var header = new byte[HeaderSize];
        Magic.CopyTo(header, 0);
        RandomNumberGenerator.Fill(header.AsSpan(8));
        await destination.WriteAsync(header, ct);

        var current = ArrayPool<byte>.Shared.Rent(ChunkSize);
        var next = ArrayPool<byte>.Shared.Rent(ChunkSize);
        var sealedBlock = ArrayPool<byte>.Shared.Rent(BlockSize);
        try
        {
            using var aes = new AesGcm(fileKey, TagSize);
            head.CopyTo(current);
            var currentLength = head.Length;
            long total = 0;
            for (uint index = 0; ; index++)
            {
                currentLength += await content.ReadAtLeastAsync(current.AsMemory(currentLength, ChunkSize - currentLength), ChunkSize - currentLength, throwOnEndOfStream: false, ct);
                var nextLength = currentLength < ChunkSize ? 0 : await content.ReadAtLeastAsync(next.AsMemory(0, ChunkSize), ChunkSize, throwOnEndOfStream: false, ct);
                var final = nextLength == 0;
                total += currentLength;
                if (total > maxBytes) throw new DocumentTooLargeException();
                hash.AppendData(current, 0, currentLength);
                Seal(aes, header, index, final, current.AsSpan(0, currentLength), sealedBlock);
                await destination.WriteAsync(sealedBlock.AsMemory(0, currentLength + TagSize), ct);
                if (final) return total;
                (current, next) = (next, current);
                currentLength = nextLength;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(current, clearArray: true);
            ArrayPool<byte>.Shared.Return(next, clearArray: true);
            ArrayPool<byte>.Shared.Return(sealedBlock);
        }
    }

    private static void Seal(AesGcm aes, byte[] header, uint index, bool final, ReadOnlySpan<byte> plain, byte[] output)
    {
        Span<byte> nonce = stackalloc byte[12];
        Span<byte> associated = stackalloc byte[HeaderSize + 5];
        Describe(header, index, final, nonce, associated);
        aes.Encrypt(nonce, plain, output.AsSpan(0, plain.Length), output.AsSpan(plain.Length, TagSize), associated);
    }

    /// <summary>A chunk's nonce (prefix + index) and associated data (header + index + last-chunk flag).</summary>
    internal static void Describe(ReadOnlySpan<byte> header, uint index, bool final, Span<byte> nonce, Span<byte> associated)
    {
        header[8..16].CopyTo(nonce);
        BinaryPrimitives.WriteUInt32BigEndian(nonce[8..], index);
        header.CopyTo(associated);
        BinaryPrimitives.WriteUInt32BigEndian(associated[HeaderSize..], index);
        associated[HeaderSize + 4] = final ? (byte)1 : (byte)0;
    }

    internal static bool IsHeader(ReadOnlySpan<byte> header) => header.Length == HeaderSize && header[..8].SequenceEqual(Magic);
}
