namespace Portal.App.Infrastructure.Pdf;

/// <summary>
/// A document for <see cref="PdfRenderer"/>, described without any PDF calls: a title and subtitle on top, the
/// blocks in order, and a footer on every page next to the page label.
/// </summary>
public sealed record PdfContent(string Title, string? Subtitle, IReadOnlyList<PdfBlock> Blocks, string Footer)
{
    public const string EnglishPageLabel = "Page {0} of {1}";

    /// <summary>
    /// The page number in the caller's language: {0} is the page, {1} the page count (Spanish: "Página {0} de {1}").
    /// </summary>
    public string PageLabel { get; init; } = EnglishPageLabel;

    /// <summary>The document's language for screen readers ("en-US", "es-US"); none when null.</summary>
    public string? Language { get; init; }
}
