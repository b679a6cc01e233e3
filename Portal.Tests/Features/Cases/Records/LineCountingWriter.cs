using System.Text;

namespace Portal.Tests.Features.Cases.Records;

/// <summary>A report destination that keeps nothing: it counts the lines written and notes how far the input had been read at the first.</summary>
public sealed class LineCountingWriter(Func<long> inputRead) : TextWriter
{
    public int Lines { get; private set; }

    /// <summary>How much of the input had been read when the first row's line arrived (the header comes with it).</summary>
    public long InputReadAtFirstRow { get; private set; } = -1;

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        if (value != '\n') return;
        Lines++;
        if (Lines == 2) InputReadAtFirstRow = inputRead();
    }
}
