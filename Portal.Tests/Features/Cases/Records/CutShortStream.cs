namespace Portal.Tests.Features.Cases.Records;

/// <summary>A read-only stream that fails, as a broken disk or share would, once a number of bytes were read.</summary>
public sealed class CutShortStream(Stream inner, long cutAfter) : ForwardOnlyStream
{
    private long read;

    public override long Length => inner.Length;
    public override long Position { get => read; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (read >= cutAfter) throw new IOException("The file was cut short.");
        var n = inner.Read(buffer, offset, (int)Math.Min(count, cutAfter - read));
        read += n;
        return n;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
