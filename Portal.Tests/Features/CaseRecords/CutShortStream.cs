namespace Portal.Tests.Features.CaseRecords;

/// <summary>A read-only stream that fails, as a broken disk or share would, once a number of bytes were read.</summary>
public sealed class CutShortStream(Stream inner, long cutAfter) : Stream
{
    private long read;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => inner.Length;
    public override long Position { get => read; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (read >= cutAfter) throw new IOException("The file was cut short.");
        var n = inner.Read(buffer, offset, (int)Math.Min(count, cutAfter - read));
        read += n;
        return n;
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
