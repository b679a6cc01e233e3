using System.Globalization;
using Microsoft.Extensions.Localization;
using Portal.App.Features.Cases.Shared.Documents;
using Portal.App.Infrastructure.Pdf;
using Portal.App.Infrastructure.Storage;
using Portal.Domain;

namespace Portal.App.Features.Cases.Shared.Forms;

/// <summary>
/// A signed form's PDF copy: its answers, the signature block (the consent and declaration agreed to, the name typed,
/// the time, the address and the hash) and its reference, in the language it was signed in. Made once at signing and
/// stored encrypted like a document, so the copy never changes after the parent signed it.
/// </summary>
public sealed class FormPdfs(DocumentCipher cipher, IStringLocalizer<SignedFormText> text)
{
    private const string ContentType = "application/pdf";

    public async Task<StoredDocumentFile> SaveAsync(SignedForm form, IReadOnlyList<FormRow> rows, FormSignatureRecord signature, CancellationToken ct)
    {
        var bytes = PdfRenderer.Render(Content(form, rows, signature));
        using var stream = new MemoryStream(bytes, writable: false);
        return await cipher.SaveAsync(ReadOnlyMemory<byte>.Empty, stream, bytes.Length, ct);
    }

    public PdfContent Content(SignedForm form, IReadOnlyList<FormRow> rows, FormSignatureRecord signature)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(signature);
        var signedAt = ArizonaTime.From(signature.SignedAt);
        return new PdfContent(
            text[$"FormKind_{form.Kind}"],
            text["Pdf_Reference", form.Reference],
            [
                new PdfBlock.Heading(text["Pdf_Answers"]),
                new PdfBlock.Fields([.. rows.Select(r => new PdfField(r.Label, r.Value))]),
                new PdfBlock.Heading(text["Pdf_Signature"]),
                new PdfBlock.Paragraph(text["Consent"]),
                new PdfBlock.Paragraph(text["Attestation"]),
                new PdfBlock.Fields(
                [
                    new PdfField(text["Signature_Name"], signature.SignedName),
                    new PdfField(text["Signature_At"], text["Signature_AtValue", signedAt.ToString(text["DateFormat"], CultureInfo.CurrentCulture), signedAt.ToString("h:mm tt", CultureInfo.CurrentCulture)]),
                    new PdfField(text["Signature_Ip"], signature.Ip ?? text["Signature_IpUnknown"]),
                    new PdfField(text["Signature_Reference"], form.Reference),
                    new PdfField(text["Signature_Hash"], signature.ContentSha256),
                ]),
                new PdfBlock.Paragraph(text["Pdf_HashExplained"]),
            ],
            text["Pdf_Footer", form.Reference])
        {
            PageLabel = text["Pdf_PageLabel"],
            Language = CultureInfo.CurrentUICulture.Name,
        };
    }

    /// <summary>The stored copy, decrypted as it is read; null when the storage no longer has it.</summary>
    public async Task<DocumentContent?> OpenAsync(SignedForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (form.PdfStorageKey.Length == 0) return null;
        var stream = await cipher.OpenAsync(form.PdfStorageKey, form.PdfProtectedKey, ct);
        return stream is null ? null : new DocumentContent(stream, $"{form.Reference}.pdf", ContentType, form.PdfSizeBytes);
    }

    public Task DeleteAsync(string storageKey, CancellationToken ct) => cipher.DeleteAsync(storageKey, ct);
}
