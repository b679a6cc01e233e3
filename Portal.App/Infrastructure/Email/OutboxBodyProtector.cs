using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Portal.App.Infrastructure.Email.Templates;

namespace Portal.App.Infrastructure.Email;

/// <summary>
/// Outbox bodies hold one-time codes and verification links: they are encrypted at rest with Data Protection
/// (a purpose of their own), so a copy of the database, its WAL or a backup never holds a usable one, and erased
/// once sent. The subject and the address stay readable: the dispatcher and the staff tools need them.
/// </summary>
public sealed class OutboxBodyProtector(IDataProtectionProvider dataProtection)
{
    private readonly IDataProtector protector = dataProtection.CreateProtector("Portal.Email.OutboxBodies");

    public RenderedEmail Protect(RenderedEmail email) =>
        email with { HtmlBody = protector.Protect(email.HtmlBody), TextBody = protector.Protect(email.TextBody) };

    /// <summary>The message as a provider receives it; null when this key ring cannot read its bodies (keys lost or replaced).</summary>
    public OutgoingEmail? Read(OutboxMessage message)
    {
        var email = message.ToOutgoingEmail();
        try
        {
            return email with { HtmlBody = Unprotect(email.HtmlBody), TextBody = Unprotect(email.TextBody) };
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    // A sent message's bodies are erased to empty strings, which were never encrypted.
    private string Unprotect(string body) => body.Length == 0 ? body : protector.Unprotect(body);
}
