using System.Net.Mime;
using SendGrid.Helpers.Mail;

namespace Portal.App.Infrastructure.Email.SendGrid;

/// <summary>
/// The package's <see cref="SendGridMessage"/> for one outbox email. Message-wide values go through the package's
/// "Global" setters, so subject, headers and custom_args sit at the top of the body; the plain AddHeader and
/// AddCustomArg would put them in personalizations[0], which SendGrid also accepts but reads as per-recipient.
/// </summary>
internal static class SendGridMessageFactory
{
    public static SendGridMessage Create(OutgoingEmail email, EmailOptions options, bool sandboxMode)
    {
        var message = new SendGridMessage();
        // A blank name would be sent as "name": "": null leaves it out.
        message.SetFrom(options.FromAddress, NullIfBlank(options.FromName));
        message.AddTo(email.ToAddress, NullIfBlank(email.ToName));
        message.SetGlobalSubject(email.Subject);
        // SendGrid rejects a request whose text/plain part does not come first (the package also sorts them so).
        message.AddContent(MediaTypeNames.Text.Plain, email.TextBody);
        message.AddContent(MediaTypeNames.Text.Html, email.HtmlBody);
        // The same Message-ID on every attempt lets mail systems recognise a resent copy.
        message.AddGlobalHeader("Message-ID", email.MessageId(options.MessageIdDomain));
        // SendGrid's statistics are kept per category: one per template kind tells a failing kind apart.
        message.AddCategory(email.Kind);
        // Come back on SendGrid's event webhook, so an event can be matched to its outbox row.
        message.AddGlobalCustomArg("outbox_id", email.Id.ToString("N"));
        message.AddGlobalCustomArg("kind", email.Kind);
        // Click tracking would rewrite one-time verification links through a tracking domain; the open pixel tracks people.
        message.SetClickTracking(enable: false, enableText: false);
        message.SetOpenTracking(enable: false);
        message.SetSandBoxMode(sandboxMode);
        return message;
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
