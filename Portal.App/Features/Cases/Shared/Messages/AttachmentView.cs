using Portal.Domain.Documents;

namespace Portal.App.Features.Cases.Shared.Messages;

/// <summary>A document sent with a message, as its reader sees it; <paramref name="MayDownload"/> follows the reader's rule (a file not scanned clean is not served to a parent).</summary>
public sealed record AttachmentView(Guid DocumentId, string FileName, DocumentType Type, bool MayDownload);
