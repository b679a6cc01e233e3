using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace Portal.App.Infrastructure.Pdf;

/// <summary>
/// The portal's one typeface, Liberation Sans (regular and bold, bundled in Fonts/ under the SIL OFL), and the
/// PDFsharp font resolver that serves it: PDFsharp's Core build reads no system fonts on Linux.
/// </summary>
internal sealed class PdfFonts : IFontResolver
{
    public const string Family = "Liberation Sans";
    private const string RegularFace = "LiberationSans-Regular";
    private const string BoldFace = "LiberationSans-Bold";

    private static readonly PdfFonts Resolver = new();
    private static readonly Lock Gate = new();
    private static bool registered;

    // WinAnsi keeps the text in the content streams readable (copy, search, screen readers) and covers Spanish.
    private static readonly XPdfFontOptions WinAnsi = new(PdfFontEncoding.WinAnsi);

    private readonly Lazy<byte[]> regular = new(() => Load(RegularFace));
    private readonly Lazy<byte[]> bold = new(() => Load(BoldFace));

    private PdfFonts()
    {
    }

    /// <summary>
    /// Sets the resolver for the process, once: PDFsharp's font settings are global and refuse a different resolver
    /// after the first font was used.
    /// </summary>
    public static void Register()
    {
        if (Volatile.Read(ref registered)) return;
        lock (Gate)
        {
            if (registered) return;
            GlobalFontSettings.FontResolver = Resolver;
            Volatile.Write(ref registered, true);
        }
    }

    public static XFont Regular(double size) => new(Family, size, XFontStyleEx.Regular, WinAnsi);

    public static XFont Bold(double size) => new(Family, size, XFontStyleEx.Bold, WinAnsi);

    // Every family asked for gets Liberation Sans: the renderer asks for no other, and a missing font must not fail a download.
    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? BoldFace : RegularFace, mustSimulateBold: false, mustSimulateItalic: italic);

    public byte[] GetFont(string faceName) => faceName == BoldFace ? bold.Value : regular.Value;

    private static byte[] Load(string face)
    {
        var name = $"Portal.App.Pdf.{face}.ttf";
        using var stream = typeof(PdfFonts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded font {name} is missing from Portal.App.");
        using var copy = new MemoryStream(capacity: (int)stream.Length);
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
