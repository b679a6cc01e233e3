namespace Portal.App.Infrastructure.Pdf;
public sealed record PdfContent(string Title, string? Subtitle, IReadOnlyList<PdfBlock> Blocks, string Footer);
public abstract record PdfBlock
{
    public sealed record Heading(string Text) : PdfBlock;
    public sealed record Paragraph(string Text) : PdfBlock;
    public sealed record Fields(IReadOnlyList<PdfField> Rows) : PdfBlock;
}
public sealed record PdfField(string Label, string Value);
public static class PdfRenderer { public static byte[] Render(PdfContent content) => "%PDF-stub"u8.ToArray(); }
