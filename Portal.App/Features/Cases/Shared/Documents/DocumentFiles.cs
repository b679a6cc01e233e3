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
        return NameOf(document.ProtectedFileName, document.ContentType);
    }

    /// <inheritdoc cref="NameOf(CaseDocument)"/>
    public string NameOf(string protectedFileName, string contentType)
    {
        try
        {
            return names.Unprotect(protectedFileName);
        }
        catch (CryptographicException)
        {
            return DocumentFileName.Fallback + (DocumentFileKind.ForContentType(contentType)?.Extension ?? string.Empty);
        }
    }

    /// <summary>The plain content; null when the storage no longer has it.</summary>
    public Task<DocumentContent?> OpenAsync(CaseDocument document, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(document);
        return OpenAsync(document.StorageKey, document.ProtectedKey, NameOf(document), document.ContentType, document.SizeBytes, ct);
    }

    /// <inheritdoc cref="OpenAsync(CaseDocument, CancellationToken)"/>
    public async Task<DocumentContent?> OpenAsync(string storageKey, string protectedKey, string fileName, string contentType, long sizeBytes, CancellationToken ct)
    {
        var stream = await cipher.OpenAsync(storageKey, protectedKey, ct);
        return stream is null ? null : new DocumentContent(stream, fileName, contentType, sizeBytes);
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
