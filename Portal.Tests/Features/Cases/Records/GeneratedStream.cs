using System.Text;

namespace Portal.Tests.Features.Cases.Records;

/// <summary>
/// A read-only stream that makes its content as it is read, from text parts, and tells how much it has served:
/// a large file that never sits in the test's memory, and a way to see how far a reader had got at some moment.
/// </summary>
public sealed class GeneratedStream(IEnumerable<string> parts) : ForwardOnlyStream
{
    private readonly IEnumerator<string> next = parts.GetEnumerator();
    private byte[] pending = [];
    private int pendingAt;
    private long served;

    /// <summary>Bytes handed to the reader so far.</summary>
    public long BytesServed => Interlocked.Read(ref served);

    public override long Position { get => BytesServed; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        while (pendingAt == pending.Length)
        {
            if (!next.MoveNext()) return 0;
            pending = Encoding.UTF8.GetBytes(next.Current);
            pendingAt = 0;
        }
        var n = Math.Min(count, pending.Length - pendingAt);
        Array.Copy(pending, pendingAt, buffer, offset, n);
        pendingAt += n;
        Interlocked.Add(ref served, n);
        return n;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) next.Dispose();
        base.Dispose(disposing);
    }
}
