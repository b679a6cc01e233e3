namespace Portal.App.Infrastructure.Email.Pickup;

/// <summary>A message in the development mailbox, as read back from its .eml file.</summary>
public sealed record MailboxMessage(Guid Id, string To, string Subject, DateTimeOffset? Date, string HtmlBody, string TextBody);
