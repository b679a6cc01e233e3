using System.Net;
using System.Net.Mail;
using Microsoft.Extensions.Options;

namespace Portal.App.Infrastructure.Email.Smtp;

/// <summary>Sends through an SMTP relay. 4xx replies and connection failures are transient; 5xx replies are permanent.</summary>
public sealed class SmtpEmailSender(IOptions<SmtpOptions> smtpOptions, IOptions<EmailOptions> emailOptions) : IEmailSender
{
    public async Task<DeliveryResult> SendAsync(OutgoingEmail email, CancellationToken cancellationToken)
    {
        var smtp = smtpOptions.Value;
        using var message = MailMessageFactory.Create(email, emailOptions.Value);
        using var client = new SmtpClient(smtp.Host, smtp.Port)
        {
            EnableSsl = smtp.UseTls,
            Timeout = (int)smtp.Timeout.TotalMilliseconds,
            Credentials = string.IsNullOrEmpty(smtp.UserName) ? null : new NetworkCredential(smtp.UserName, smtp.Password),
        };
        try
        {
            await client.SendMailAsync(message, cancellationToken);
            return new DeliveryResult.Delivered(null);
        }
        catch (SmtpException exception)
        {
            var code = (int)exception.StatusCode;
            var reason = EmailAddressRedactor.Redact($"SMTP {(code > 0 ? code.ToString(System.Globalization.CultureInfo.InvariantCulture) : "connection")} failure: {exception.Message}");
            return code is >= 500 and < 600 ? new DeliveryResult.Permanent(reason) : new DeliveryResult.Transient(reason);
        }
        catch (Exception exception) when (exception is IOException or System.Net.Sockets.SocketException or InvalidOperationException)
        {
            return new DeliveryResult.Transient(EmailAddressRedactor.Redact("Could not reach the SMTP server: " + exception.Message));
        }
    }
}
