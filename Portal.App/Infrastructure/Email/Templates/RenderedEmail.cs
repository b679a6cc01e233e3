namespace Portal.App.Infrastructure.Email.Templates;

/// <summary>A message ready for the outbox: subject, an accessible HTML body and its plain-text twin.</summary>
public sealed record RenderedEmail(string Subject, string HtmlBody, string TextBody);
