namespace Portal.Domain.Documents;

/// <summary>
/// The allow-list: PDF, JPEG and PNG, recognised by both the name's extension and the first bytes of the content, so a
/// renamed program or a PDF named ".png" is refused. Nothing else is stored.
/// </summary>
public sealed record DocumentFileKind(string Name, string ContentType, string Extension, IReadOnlyList<string> Extensions, byte[] Signature)
{
    /// <summary>How many leading bytes <see cref="Detect"/> needs to see.</summary>
    public const int HeadLength = 8;

    public static readonly DocumentFileKind Pdf = new("PDF", "application/pdf", ".pdf", [".pdf"], "%PDF-"u8.ToArray());
    public static readonly DocumentFileKind Jpeg = new("JPEG", "image/jpeg", ".jpg", [".jpg", ".jpeg"], [0xFF, 0xD8, 0xFF]);
    public static readonly DocumentFileKind Png = new("PNG", "image/png", ".png", [".png"], [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);

    public static IReadOnlyList<DocumentFileKind> Allowed { get; } = [Pdf, Jpeg, Png];

    /// <summary>The allowed extensions, for an input's accept attribute: ".pdf,.jpg,.jpeg,.png".</summary>
    public static string AcceptList { get; } = string.Join(',', Allowed.SelectMany(k => k.Extensions));

    /// <summary>The kind for a stored content type; null for anything not on the list.</summary>
    public static DocumentFileKind? ForContentType(string contentType) => Allowed.FirstOrDefault(k => k.ContentType == contentType);

    /// <summary>Checks a file by its (sanitised) name and its first bytes: the name decides what it claims to be, the bytes must agree.</summary>
    public static DocumentFileCheck Detect(ReadOnlySpan<byte> head, string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        if (head.IsEmpty) return new DocumentFileCheck.Empty();
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        var claimed = Allowed.FirstOrDefault(k => k.Extensions.Contains(extension));
        if (claimed is null) return new DocumentFileCheck.TypeNotAllowed();
        return head.StartsWith(claimed.Signature) ? new DocumentFileCheck.Allowed(claimed) : new DocumentFileCheck.ContentDoesNotMatchType(claimed);
    }
}
