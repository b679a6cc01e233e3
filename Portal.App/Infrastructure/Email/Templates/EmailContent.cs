namespace Portal.App.Infrastructure.Email.Templates;

/// <summary>
/// What one message says, already in the recipient's language, before it is laid out as HTML and plain text.
/// </summary>
/// <param name="Preheader">The one-line summary inbox lists show after the subject.</param>
/// <param name="Paragraphs">Body text, in order, before any action or code.</param>
/// <param name="Action">The one button/link the message asks the reader to follow, if any.</param>
/// <param name="Code">A one-time code shown large and copyable, if any.</param>
/// <param name="AfterParagraphs">Text after the action or code (expiry, "if this wasn't you").</param>
public sealed record EmailContent(
    string Subject,
    string Preheader,
    string Heading,
    IReadOnlyList<string> Paragraphs,
    EmailAction? Action = null,
    string? Code = null,
    IReadOnlyList<string>? AfterParagraphs = null);
