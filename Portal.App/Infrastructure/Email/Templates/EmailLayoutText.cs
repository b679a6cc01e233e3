namespace Portal.App.Infrastructure.Email.Templates;

/// <summary>The words around every message (wordmark, link fallback, footer), already in the recipient's language.</summary>
/// <param name="LinkFallback">The sentence before the plain URL, for mail programs that do not show the button.</param>
/// <param name="CustomerService">Customer service phone numbers and hours.</param>
/// <param name="Relay">The TTY/TDD relay number.</param>
/// <param name="Reason">Why the reader got this email, and that replies are not read.</param>
public sealed record EmailLayoutText(string Wordmark, string LinkFallback, string CustomerService, string Relay, string Reason);
