using System.Buffers;
using System.Security.Cryptography;

namespace Portal.App.Infrastructure.Storage;

/// <summary>
/// Reads a <see cref="DocumentCipher"/> file as its plain content, one chunk in memory at a time. It reads one block
/// ahead to know which chunk is the last, so a file cut at a chunk boundary fails its last chunk's tag.
/// </summary>
internal sealed class DecryptingStream(Stream source, byte[] fileKey) : Stream
{
    private readonly AesGcm aes = new(fileKey, DocumentCipher.TagSize);
    private readonly byte[] header = new byte[DocumentCipher.HeaderSize];
    private byte[] block = ArrayPool<byte>.Shared.Rent(DocumentCipher.BlockSize);
    private byte[] ahead = ArrayPool<byte>.Shared.Rent(DocumentCipher.BlockSize);
    private readonly byte[] plain = ArrayPool<byte>.Shared.Rent(DocumentCipher.ChunkSize);
    private int aheadLength;
    private int plainPosition;
    private int plainLength;
    private uint index;
    private bool started;
    private bool finished;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        while (plainPosition == plainLength)
        {
            if (finished) return 0;
            await NextChunkAsync(cancellationToken);
        }
        var count = Math.Min(buffer.Length, plainLength - plainPosition);
        plain.AsMemory(plainPosition, count).CopyTo(buffer);
        plainPosition += count;
        return count;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    private async Task NextChunkAsync(CancellationToken ct)
    {
        if (!started)
        {
            await source.ReadExactlyAsync(header, ct);
            if (!DocumentCipher.IsHeader(header)) throw new CryptographicException("Not a stored document.");
            aheadLength = await source.ReadAtLeastAsync(ahead.AsMemory(0, DocumentCipher.BlockSize), DocumentCipher.BlockSize, throwOnEndOfStream: false, ct);
            started = true;
        }
        if (aheadLength < DocumentCipher.TagSize) throw new CryptographicException("The stored document is cut short.");
        (block, ahead) = (ahead, block);
        var blockLength = aheadLength;
        aheadLength = await source.ReadAtLeastAsync(ahead.AsMemory(0, DocumentCipher.BlockSize), DocumentCipher.BlockSize, throwOnEndOfStream: false, ct);
        var final = aheadLength == 0;
        var length = blockLength - DocumentCipher.TagSize;
        Span<byte> nonce = stackalloc byte[12];
        Span<byte> associated = stackalloc byte[DocumentCipher.HeaderSize + 5];
        DocumentCipher.Describe(header, index, final, nonce, associated);
        aes.Decrypt(nonce, block.AsSpan(0, length), block.AsSpan(length, DocumentCipher.TagSize), plain.AsSpan(0, length), associated);
        index++;
        plainPosition = 0;
        plainLength = length;
        finished = final;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) Release();
        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        await source.DisposeAsync();
        Release();
        await base.DisposeAsync();
    }

    private void Release()
    {
        if (block.Length == 0) return;
        source.Dispose();
        aes.Dispose();
        CryptographicOperations.ZeroMemory(fileKey);
        ArrayPool<byte>.Shared.Return(plain, clearArray: true);
        ArrayPool<byte>.Shared.Return(block);
        ArrayPool<byte>.Shared.Return(ahead);
        block = ahead = [];
    }
}
