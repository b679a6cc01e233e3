using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Portal.App.Infrastructure.Email;
using Portal.App.Infrastructure.Email.Templates;

namespace Portal.Tests.Infrastructure.Email;

/// <summary>The app's renderer with the real resources, and helpers to read what it wrote.</summary>
public static class EmailRendering
{
    private static readonly ServiceProvider Services = new ServiceCollection()
        .AddLogging()
        .AddLocalization()
        .AddEmailTemplates()
        .BuildServiceProvider();

    private static readonly EmailRenderer Renderer = Services.GetRequiredService<EmailRenderer>();

    /// <summary>The wording every email shares.</summary>
    public static IStringLocalizer<EmailText> Text => Services.GetRequiredService<IStringLocalizer<EmailText>>();

    /// <summary>The resources the renderer hands to the templates.</summary>
    public static IStringLocalizerFactory Localizers => Services.GetRequiredService<IStringLocalizerFactory>();

    public static Task<RenderedEmail> RenderAsync(EmailTemplate template, string culture) =>
        Renderer.RenderAsync(template, new EmailRecipient("maria@example.com", EmailExample.DisplayName, culture));

    public static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>
    /// Text with every run of spaces as one plain space: the times keep "10:15 AM" and "a. m." together with
    /// no-break spaces, and the HTML's text breaks lines where the markup does.
    /// </summary>
    public static string Flatten(string text) =>
        string.Join(' ', text.Split([' ', '\u00a0', '\u202f', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
