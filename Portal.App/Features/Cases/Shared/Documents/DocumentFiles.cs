using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Net.Http.Headers;
using Portal.App.Infrastructure.Storage;
using Portal.Domain.Documents;

namespace Portal.App.Features.Cases.Shared.Documents;

/// <summary>
/// What every route to a document's content shares: the original file name, encrypted at rest with Data Protection
/// (purpose "Portal.Documents.FileNames"), the decrypting read, and the download response.
/// </summary>
public sealed class DocumentFiles(IDataProtectionProvider dataProtection, DocumentCipher cipher)
{
    private readonly IDataProtector names = dataProtection.CreateProtector("Portal.Documents.FileNames");

    public string ProtectName(string sanitizedName) => names.Protect(sanitizedName);

    /// <summary>The name as uploaded (sanitised); a neutral name when this key ring cannot read it.</summary>
    public string NameOf(CaseDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        try
        {
            return names.Unprotect(document.ProtectedFileName);
        }
        catch (CryptographicException)
        {
            return DocumentFileName.Fallback + (DocumentFileKind.ForContentType(document.ContentType)?.Extension ?? string.Empty);
        }
    }

    /// <summary>The plain content; null when the storage no longer has it.</summary>
    public async Task<DocumentContent?> OpenAsync(CaseDocument document, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(document);
        var stream = await cipher.OpenAsync(document.StorageKey, document.ProtectedKey, ct);
        return stream is null ? null : new DocumentContent(stream, NameOf(document), document.ContentType, document.SizeBytes);
    }

    /// <summary>
    /// The download: always an attachment (never shown inline, so a crafted file cannot run in the portal's origin), its
    /// stored content type, nosniff, and no caching (a shared computer must not keep a court order).
    /// </summary>
    public static IResult Download(DocumentContent content, HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(response);
        response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        response.Headers[HeaderNames.CacheControl] = "no-store";
        response.ContentLength = content.SizeBytes;
        return Results.Stream(async body =>
        {
            await using (content) await content.Content.CopyToAsync(body);
        }, content.ContentType, content.FileName);
    }
}
