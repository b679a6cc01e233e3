using System.Globalization;
using Microsoft.Extensions.Localization;
using Portal.App.Features.Cases.Shared.Documents;
using Portal.App.Features.Cases.Shared.Forms;
using Portal.App.Infrastructure.Pdf;
using Portal.App.Infrastructure.Storage;
using Portal.Domain;

namespace Portal.App.Features.Cases.Shared.Applications;

/// <summary>
/// A submitted application's PDF copy: the answers section by section (the SSN as its last four digits only), the
/// declaration and the signature block, in the language it was signed in. Made once at submission and stored encrypted
/// like a document, so the copy never changes afterwards.
/// </summary>
public sealed class ApplicationPdfs(DocumentCipher cipher, IStringLocalizer<ApplicationText> text)
{
    private const string ContentType = "application/pdf";

    public async Task<StoredDocumentFile> SaveAsync(string reference, IReadOnlyList<ApplicationSectionRows> sections, FormSignatureRecord signature, CancellationToken ct)
    {
        var bytes = PdfRenderer.Render(Content(reference, sections, signature));
        using var stream = new MemoryStream(bytes, writable: false);
        return await cipher.SaveAsync(ReadOnlyMemory<byte>.Empty, stream, bytes.Length, ct);
    }

    public PdfContent Content(string reference, IReadOnlyList<ApplicationSectionRows> sections, FormSignatureRecord signature)
    {
        ArgumentNullException.ThrowIfNull(sections);
        ArgumentNullException.ThrowIfNull(signature);
        var signedAt = ArizonaTime.From(signature.SignedAt);
        List<PdfBlock> blocks = [];
        foreach (var section in sections.Where(s => s.Rows.Count > 0))
        {
            blocks.Add(new PdfBlock.Heading(section.Heading));
            blocks.Add(new PdfBlock.Fields([.. section.Rows.Select(r => new PdfField(r.Label, r.Value))]));
        }
        blocks.AddRange(
        [
            new PdfBlock.Heading(text["Pdf_Signature"]),
            new PdfBlock.Paragraph(text["Consent"]),
            new PdfBlock.Paragraph(text["Declaration"]),
            new PdfBlock.Fields(
            [
                new PdfField(text["Signature_Name"], signature.SignedName),
                new PdfField(text["Signature_At"], text["Signature_AtValue", signedAt.ToString(text["DateFormat"], CultureInfo.CurrentCulture), signedAt.ToString("h:mm tt", CultureInfo.CurrentCulture)]),
                new PdfField(text["Signature_Ip"], signature.Ip ?? text["Signature_IpUnknown"]),
                new PdfField(text["Signature_Reference"], reference),
                new PdfField(text["Signature_Hash"], signature.ContentSha256),
            ]),
        ]);
        return new PdfContent(text["Pdf_Title"], text["Pdf_Reference", reference], blocks, text["Pdf_Footer", reference])
        {
            PageLabel = text["Pdf_PageLabel"],
            Language = CultureInfo.CurrentUICulture.Name,
        };
    }

    /// <summary>The stored copy, decrypted as it is read; null when there is none (not submitted) or storage lost it.</summary>
    public async Task<DocumentContent?> OpenAsync(SupportApplication application, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(application);
        if (application.PdfStorageKey is not { Length: > 0 } key || application.PdfProtectedKey is not { } protectedKey) return null;
        var stream = await cipher.OpenAsync(key, protectedKey, ct);
        return stream is null ? null : new DocumentContent(stream, $"{application.Reference}.pdf", ContentType, application.PdfSizeBytes);
    }

    public Task DeleteAsync(string storageKey, CancellationToken ct) => cipher.DeleteAsync(storageKey, ct);
}
