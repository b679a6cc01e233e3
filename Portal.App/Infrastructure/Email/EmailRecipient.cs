namespace Portal.App.Infrastructure.Email;

/// <summary>Who a message goes to, and the language they read the portal in ("en-US" or "es-US").</summary>
public sealed record EmailRecipient(string Address, string? Name, string Culture);
