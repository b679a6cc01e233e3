namespace Portal.App.Features.Cases.Shared.Messages;

/// <summary>One message as shown; <paramref name="IsNew"/> marks a reply the parent had not opened before.</summary>
public sealed record MessageView(Guid Id, MessageAuthor Author, string AuthorName, string Body, DateTimeOffset SentAt, bool IsNew, IReadOnlyList<AttachmentView> Attachments);
