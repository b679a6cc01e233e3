using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Localization;
using Portal.App.Platform.Localization;

namespace Portal.App.Infrastructure.Email.Templates;

/// <summary>
/// Turns one message kind into a <see cref="RenderedEmail"/> in the recipient's language: an HTML body laid out by
/// <see cref="EmailLayout"/> and a plain-text twin with the same words.
/// </summary>
public sealed class EmailRenderer(IServiceScopeFactory scopes, ILoggerFactory loggerFactory, IStringLocalizerFactory localizers, IStringLocalizer<EmailText> text)
{
    // Arizona keeps Mountain Standard Time all year, so these hours never shift with daylight saving time.
    private static readonly TimeOnly CustomerServiceOpens = new(7, 0);
    private static readonly TimeOnly CustomerServiceCloses = new(17, 30);

    public async Task<RenderedEmail> RenderAsync(EmailTemplate template, EmailRecipient recipient)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(recipient);

        var culture = CultureOf(recipient);
        var previousCulture = CultureInfo.CurrentCulture;
        var previousUICulture = CultureInfo.CurrentUICulture;
        try
        {
            // The localizer and every date format read the current culture, so the whole message speaks the recipient's language.
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;

            var content = template.Compose(localizers);
            var layoutText = ComposeLayoutText();
            var html = await RenderHtmlAsync(content, layoutText, culture.TwoLetterISOLanguageName);
            return new RenderedEmail(content.Subject, html, RenderPlainText(content, layoutText));
        }
        finally
        {
            CultureInfo.CurrentCulture = previousCulture;
            CultureInfo.CurrentUICulture = previousUICulture;
        }
    }

    // A culture the portal is not written in (or a mistyped one) reads English rather than losing the message.
    private static CultureInfo CultureOf(EmailRecipient recipient) =>
        PortalCultures.Find(recipient.Culture)
        ?? PortalCultures.ForLanguage(recipient.Culture)
        ?? CultureInfo.GetCultureInfo(PortalCultures.Default);

    private EmailLayoutText ComposeLayoutText() => new(
        Wordmark: text["Layout.Wordmark"],
        LinkFallback: text["Layout.LinkFallback"],
        CustomerService: text["Layout.CustomerService"],
        PhoenixArea: text["Layout.PhoenixArea"],
        TollFree: text["Layout.TollFree"],
        Relay: text["Layout.Relay"],
        Hours: text["Layout.Hours", FormatTime(CustomerServiceOpens), FormatTime(CustomerServiceCloses)],
        Reason: text["Layout.Reason"]);

    private static string FormatTime(TimeOnly time) => EmailTextExtensions.KeepTogether(time.ToString("t", CultureInfo.CurrentCulture));

    private async Task<string> RenderHtmlAsync(EmailContent content, EmailLayoutText layoutText, string language)
    {
        // Its own scope: the renderer resolves Blazor's scoped services, and this class is a singleton.
        await using var scope = scopes.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, loggerFactory);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(EmailLayout.Content)] = content,
                [nameof(EmailLayout.LayoutText)] = layoutText,
                [nameof(EmailLayout.Language)] = language,
            });
            var output = await renderer.RenderComponentAsync<EmailLayout>(parameters);
            return output.ToHtmlString();
        });
    }

    // Blocks separated by blank lines, LF only; the footer after the conventional "-- " signature separator.
    private static string RenderPlainText(EmailContent content, EmailLayoutText layoutText)
    {
        var body = new StringBuilder();
        void Block(string block) => body.Append(block).Append("\n\n");

        Block(layoutText.Wordmark);
        Block(content.Heading);
        foreach (var paragraph in content.Paragraphs)
        {
            Block(paragraph);
        }
        if (content.Action is { } action)
        {
            Block($"{action.Label}: {action.Url.AbsoluteUri}");
        }
        if (content.Code is { } code)
        {
            Block(code);
        }
        foreach (var paragraph in content.AfterParagraphs ?? [])
        {
            Block(paragraph);
        }
        body.Append("-- \n")
            .Append(layoutText.CustomerService).Append('\n')
            .Append(layoutText.PhoenixArea).Append(' ').Append(DcssPhoneNumbers.PhoenixArea).Append('\n')
            .Append(layoutText.TollFree).Append(' ').Append(DcssPhoneNumbers.TollFree).Append('\n')
            .Append(layoutText.Relay).Append(' ').Append(DcssPhoneNumbers.Relay).Append('\n')
            .Append(layoutText.Hours).Append("\n\n")
            .Append(layoutText.Reason).Append('\n');
        return body.ToString();
    }
}
