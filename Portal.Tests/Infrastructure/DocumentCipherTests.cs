using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using Portal.App.Infrastructure.Storage;

namespace Portal.Tests.Infrastructure;

/// <summary>Documents at rest: encrypted in chunks, read back whole, and refused when altered or cut short.</summary>
public sealed class DocumentCipherTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"portal-cipher-{Guid.NewGuid():N}");
    private readonly FolderDocumentStorage storage;
    private readonly DocumentCipher cipher;

    public DocumentCipherTests()
    {
        storage = new FolderDocumentStorage(Options.Create(new DocumentsOptions { StorageFolder = folder }), new HostingEnvironment { ContentRootPath = Path.GetTempPath() });
        cipher = new DocumentCipher(new EphemeralDataProtectionProvider(), storage);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(DocumentCipher.ChunkSize - 1)]
    [InlineData(DocumentCipher.ChunkSize)]
    [InlineData(DocumentCipher.ChunkSize + 1)]
    [InlineData((3 * DocumentCipher.ChunkSize) + 17)]
    public async Task What_is_stored_reads_back_exactly_with_the_sha256_of_the_plain_content(int size)
    {
        var plain = Content(size);

        var stored = await SaveAsync(plain);

        Assert.Equal(size, stored.SizeBytes);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(plain)), stored.Sha256);
        Assert.Equal(plain, await ReadAsync(stored));
    }

    [Fact]
    public async Task The_file_on_disk_holds_no_plain_content_and_lives_under_a_generated_name()
    {
        var plain = System.Text.Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("SSN 123-45-6789 ", 5000)));

        var stored = await SaveAsync(plain);

        var file = Assert.Single(Directory.GetFiles(folder, "*", SearchOption.AllDirectories));
        Assert.Equal(stored.StorageKey, Path.GetFileName(file));
        Assert.True(Guid.TryParseExact(stored.StorageKey, "N", out _));
        var onDisk = await File.ReadAllBytesAsync(file);
        Assert.Equal(-1, onDisk.AsSpan().IndexOf("123-45-6789"u8));
        Assert.DoesNotContain(stored.StorageKey, stored.ProtectedKey, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_cut_at_a_chunk_boundary_fails_to_read()
    {
        var stored = await SaveAsync(Content((2 * DocumentCipher.ChunkSize) + 100));
        var path = Assert.Single(Directory.GetFiles(folder, "*", SearchOption.AllDirectories));
        var bytes = await File.ReadAllBytesAsync(path);
        // Header, then two full chunks: the last (short) chunk is gone.
        await File.WriteAllBytesAsync(path, bytes[..(16 + (2 * (DocumentCipher.ChunkSize + 16)))]);

        await Assert.ThrowsAnyAsync<CryptographicException>(() => ReadAsync(stored));
    }

    [Fact]
    public async Task A_changed_byte_fails_to_read()
    {
        var stored = await SaveAsync(Content(5000));
        var path = Assert.Single(Directory.GetFiles(folder, "*", SearchOption.AllDirectories));
        var bytes = await File.ReadAllBytesAsync(path);
        bytes[100] ^= 1;
        await File.WriteAllBytesAsync(path, bytes);

        await Assert.ThrowsAnyAsync<CryptographicException>(() => ReadAsync(stored));
    }

    [Fact]
    public async Task Content_over_the_limit_is_refused_while_streaming_and_nothing_is_kept()
    {
        await Assert.ThrowsAsync<DocumentTooLargeException>(() => cipher.SaveAsync(ReadOnlyMemory<byte>.Empty, new MemoryStream(Content(200_001)), 200_000, CancellationToken.None));

        Assert.Empty(Directory.Exists(folder) ? Directory.GetFiles(folder, "*", SearchOption.AllDirectories) : []);
    }

    [Fact]
    public async Task Another_key_ring_cannot_read_the_file()
    {
        var stored = await SaveAsync(Content(1000));
        var stranger = new DocumentCipher(new EphemeralDataProtectionProvider(), storage);

        await Assert.ThrowsAnyAsync<CryptographicException>(() => stranger.OpenAsync(stored.StorageKey, stored.ProtectedKey, CancellationToken.None));
    }

    private async Task<StoredDocumentFile> SaveAsync(byte[] plain) =>
        await cipher.SaveAsync(plain.AsMemory(0, Math.Min(8, plain.Length)), new MemoryStream(plain, Math.Min(8, plain.Length), plain.Length - Math.Min(8, plain.Length)), 10_000_000, CancellationToken.None);

    private async Task<byte[]> ReadAsync(StoredDocumentFile stored)
    {
        await using var stream = await cipher.OpenAsync(stored.StorageKey, stored.ProtectedKey, CancellationToken.None);
        var copy = new MemoryStream();
        await stream!.CopyToAsync(copy);
        return copy.ToArray();
    }

    private static byte[] Content(int size)
    {
        var bytes = new byte[size];
        new Random(size).NextBytes(bytes);
        return bytes;
    }

    public void Dispose()
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }
}
