namespace Portal.App.Infrastructure.Pdf;

/// <summary>One block of a <see cref="PdfContent"/>. Every text wraps at word boundaries and flows onto new pages.</summary>
public abstract record PdfBlock
{
    private PdfBlock()
    {
    }

    public sealed record Heading(string Text) : PdfBlock;

    /// <summary>Running text; a line break ("\n") starts a new line.</summary>
    public sealed record Paragraph(string Text) : PdfBlock;

    /// <summary>Label / value rows (a form's answers); the value wraps, and a row is never split unless it is taller than a page.</summary>
    public sealed record Fields(IReadOnlyList<PdfField> Rows) : PdfBlock;

    /// <summary>A table whose header repeats on every page it reaches. Every row has one cell per column.</summary>
    public sealed record Table(IReadOnlyList<PdfColumn> Columns, IReadOnlyList<IReadOnlyList<string>> Rows) : PdfBlock;
}
