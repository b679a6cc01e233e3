using System.Text.Json;
using System.Text.Json.Serialization;

namespace Portal.App.Infrastructure.Email.SendGrid;

/// <summary>The body of SendGrid's v3 <c>POST /v3/mail/send</c>; the property names follow the API through <see cref="JsonOptions"/>.</summary>
internal sealed record SendGridMailSendRequest(
    IReadOnlyList<SendGridPersonalization> Personalizations,
    SendGridAddress From,
    string Subject,
    IReadOnlyList<SendGridContent> Content,
    IReadOnlyDictionary<string, string> Headers,
    IReadOnlyDictionary<string, string> CustomArgs,
    SendGridTrackingSettings TrackingSettings)
{
    /// <summary>snake_case names (custom_args, tracking_settings...); a null name is left out rather than sent as null.</summary>
    public static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static SendGridMailSendRequest For(OutgoingEmail email, EmailOptions options) => new(
        Personalizations: [new SendGridPersonalization([new SendGridAddress(email.ToAddress, NullIfBlank(email.ToName))])],
        From: new SendGridAddress(options.FromAddress, NullIfBlank(options.FromName)),
        Subject: email.Subject,
        // SendGrid rejects a request whose text/plain part does not come first.
        Content: [new SendGridContent("text/plain", email.TextBody), new SendGridContent("text/html", email.HtmlBody)],
        // The same Message-ID on every attempt lets mail systems recognise a resent copy.
        Headers: new Dictionary<string, string> { ["Message-ID"] = email.MessageId(options.MessageIdDomain) },
        // Come back on SendGrid's event webhook, so an event can be matched to its outbox row.
        CustomArgs: new Dictionary<string, string> { ["outbox_id"] = email.Id.ToString("N"), ["kind"] = email.Kind },
        // Click tracking would rewrite one-time verification links through a tracking domain.
        TrackingSettings: new SendGridTrackingSettings(new SendGridClickTracking(Enable: false, EnableText: false), new SendGridOpenTracking(Enable: false)));

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}

internal sealed record SendGridPersonalization(IReadOnlyList<SendGridAddress> To);

internal sealed record SendGridAddress(string Email, string? Name);

internal sealed record SendGridContent(string Type, string Value);

internal sealed record SendGridTrackingSettings(SendGridClickTracking ClickTracking, SendGridOpenTracking OpenTracking);

internal sealed record SendGridClickTracking(bool Enable, bool EnableText);

internal sealed record SendGridOpenTracking(bool Enable);
