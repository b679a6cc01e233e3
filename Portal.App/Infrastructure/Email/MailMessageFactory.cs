using System.Net.Mail;
using System.Net.Mime;
using System.Text;

namespace Portal.App.Infrastructure.Email;

/// <summary>The MIME message for SMTP and the pickup folder: multipart/alternative, plain text first, UTF-8, base64.</summary>
public static class MailMessageFactory
{
    public static MailMessage Create(OutgoingEmail email, EmailOptions options)
    {
        var message = new MailMessage
        {
            From = new MailAddress(options.FromAddress, options.FromName, Encoding.UTF8),
            Subject = email.Subject,
            SubjectEncoding = Encoding.UTF8,
            HeadersEncoding = Encoding.UTF8,
        };
        message.To.Add(new MailAddress(email.ToAddress, email.ToName, Encoding.UTF8));
        message.Headers.Add("Message-ID", email.MessageId(options.MessageIdDomain));
        message.AlternateViews.Add(View(email.TextBody, MediaTypeNames.Text.Plain));
        message.AlternateViews.Add(View(email.HtmlBody, MediaTypeNames.Text.Html));
        return message;
    }

    private static AlternateView View(string body, string mediaType)
    {
        var view = AlternateView.CreateAlternateViewFromString(body, Encoding.UTF8, mediaType);
        view.TransferEncoding = TransferEncoding.Base64;
        return view;
    }
}
