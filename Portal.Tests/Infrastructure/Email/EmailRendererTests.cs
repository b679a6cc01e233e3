using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using Portal.App.Platform.Localization;
using Portal.App.Infrastructure.Email.Templates;
using Portal.Tests.Support;
using static Portal.Tests.Infrastructure.Email.EmailRendering;
using Portal.App.Features.Accounts.Shared.Emails;

namespace Portal.Tests.Infrastructure.Email;

public sealed class EmailRendererTests
{
    public static TheoryData<string, string> EveryKindInEveryLanguage()
    {
        var data = new TheoryData<string, string>();
        foreach (var kind in EmailExample.ByKind.Keys)
        {
            foreach (var culture in PortalCultures.Supported)
            {
                data.Add(kind, culture);
            }
        }
        return data;
    }

    [Fact]
    public void Every_kind_of_message_has_an_example()
    {
        var kinds = typeof(EmailTemplate).Assembly.GetTypes()
            .Where(type => type.IsSubclassOf(typeof(EmailTemplate)) && !type.IsAbstract)
            .Select(type => type.Name[..^"Email".Length]);

        Assert.Equal(kinds.Order(), EmailExample.ByKind.Keys.Order());
    }

    [Theory]
    [MemberData(nameof(EveryKindInEveryLanguage))]
    public async Task Subject_and_both_bodies_are_in_the_recipients_language(string kind, string culture)
    {
        var example = EmailExample.ByKind[kind];
        var spanish = culture == PortalCultures.Spanish;
        var (expected, other) = spanish ? (example.SpanishPhrase, example.EnglishPhrase) : (example.EnglishPhrase, example.SpanishPhrase);

        var email = await RenderAsync(example.Template, culture);
        var htmlText = Flatten(Parse(email.HtmlBody).Body!.TextContent);
        var text = Flatten(email.TextBody);

        Assert.Contains(expected, email.Subject, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(expected, htmlText, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(expected, text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(other, email.Subject + htmlText + text, StringComparison.OrdinalIgnoreCase);

        var footer = spanish ? "Servicio de retransmisión TTY/TDD: 7-1-1" : "TTY/TDD relay service: 7-1-1";
        Assert.Contains(footer, htmlText);
        Assert.Contains(footer, text);
    }

    [Theory]
    [MemberData(nameof(EveryKindInEveryLanguage))]
    public async Task Html_is_a_complete_document_laid_out_with_presentation_tables(string kind, string culture)
    {
        var email = await RenderAsync(EmailExample.ByKind[kind].Template, culture);
        var document = Parse(email.HtmlBody);

        Assert.StartsWith("<!DOCTYPE html>", email.HtmlBody, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(culture[..2], document.DocumentElement.GetAttribute("lang"));
        Assert.Equal(email.Subject, document.Title);
        Assert.NotNull(document.QuerySelector("meta[charset=utf-8]"));
        Assert.NotNull(document.QuerySelector("meta[name=viewport]"));
        Assert.Single(document.QuerySelectorAll("h1"));
        Assert.NotEmpty(document.QuerySelectorAll("table"));
        Assert.All(document.QuerySelectorAll("table"), table => Assert.Equal("presentation", table.GetAttribute("role")));
        Assert.Empty(document.QuerySelectorAll("script, style, link, img, iframe, form"));
    }

    [Theory]
    [MemberData(nameof(EveryKindInEveryLanguage))]
    public async Task Both_bodies_show_the_facts_the_message_carries(string kind, string culture)
    {
        var example = EmailExample.ByKind[kind];
        var email = await RenderAsync(example.Template, culture);
        var htmlText = Flatten(Parse(email.HtmlBody).Body!.TextContent);
        var text = Flatten(email.TextBody);

        var facts = example.Facts.ToList();
        if (example.ShowsInstant)
        {
            facts.Add(culture == PortalCultures.Spanish ? EmailExample.SpanishInstant : EmailExample.EnglishInstant);
        }
        Assert.All(facts, fact =>
        {
            Assert.Contains(fact, htmlText);
            Assert.Contains(fact, text);
        });
        Assert.Contains(EmailExample.DisplayName, htmlText);
        Assert.Contains(EmailExample.DisplayName, text);
    }

    [Theory]
    [InlineData("en-US", "Confirm my email address")]
    [InlineData("es-US", "Confirmar mi correo electrónico")]
    public async Task The_link_is_a_button_and_plain_text_in_the_html_and_labelled_in_the_text(string culture, string label)
    {
        var email = await RenderAsync(EmailExample.ByKind["VerifyEmailAddress"].Template, culture);
        var links = Parse(email.HtmlBody).QuerySelectorAll("a[href^='https:']");

        Assert.Equal(2, links.Length);
        Assert.All(links, link => Assert.Equal(EmailExample.Link.AbsoluteUri, link.GetAttribute("href")));
        Assert.Equal(label, links[0].TextContent);
        Assert.Equal(EmailExample.Link.AbsoluteUri, links[1].TextContent);
        Assert.Contains($"\n{label}: {EmailExample.Link.AbsoluteUri}\n", email.TextBody);
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("es-US")]
    public async Task The_sign_in_code_is_one_unbroken_run_of_six_digits(string culture)
    {
        var email = await RenderAsync(EmailExample.ByKind["SignInCode"].Template, culture);
        var unbroken = new Regex($@"(?<!\d){EmailExample.Code}(?!\d)");

        Assert.Matches(unbroken, email.HtmlBody);
        Assert.Matches(unbroken, email.TextBody);
        Assert.Contains($"\n\n{EmailExample.Code}\n\n", email.TextBody);
        Assert.DoesNotContain(EmailExample.Code, email.Subject);
        var codeBlock = Parse(email.HtmlBody).QuerySelectorAll("p").Single(paragraph => paragraph.TextContent.Contains(EmailExample.Code));
        Assert.Equal(EmailExample.Code, codeBlock.InnerHtml);
    }

    [Theory]
    [InlineData("en-US", "Phoenix area: 602-252-4045", "Toll-free: 800-882-4151", "Monday through Friday, 7:00 AM to 5:30 PM, Arizona time.")]
    [InlineData("es-US", "Área de Phoenix: 602-252-4045", "Llamada gratuita: 800-882-4151", "de lunes a viernes, de 7:00 a. m. a 5:30 p. m., hora de Arizona.")]
    public async Task The_footer_gives_customer_service_numbers_and_hours(string culture, string phoenix, string tollFree, string hours)
    {
        var email = await RenderAsync(EmailExample.ByKind["UsernameReminder"].Template, culture);
        var document = Parse(email.HtmlBody);
        var htmlText = Flatten(document.Body!.TextContent);
        var text = Flatten(email.TextBody);

        Assert.All(new[] { phoenix, tollFree, hours }, line =>
        {
            Assert.Contains(line, htmlText);
            Assert.Contains(line, text);
        });
        Assert.Equal(
            ["tel:+16022524045", "tel:+18008824151", "tel:711"],
            document.QuerySelectorAll("a[href^='tel:']").Select(link => link.GetAttribute("href")));
    }

    [Theory]
    [MemberData(nameof(EveryKindInEveryLanguage))]
    public async Task Times_use_a_space_every_mail_program_shows(string kind, string culture)
    {
        var email = await RenderAsync(EmailExample.ByKind[kind].Template, culture);

        Assert.DoesNotContain('\u202F', Parse(email.HtmlBody).DocumentElement.TextContent);
        Assert.DoesNotContain('\u202F', email.TextBody);
    }

    [Fact]
    public async Task Values_are_html_encoded_never_markup()
    {
        const string hostile = "<script>alert(1)</script>";
        var email = await RenderAsync(new PasswordChangedEmail(hostile, EmailExample.Instant), PortalCultures.English);
        var document = Parse(email.HtmlBody);

        Assert.DoesNotContain("<script", email.HtmlBody, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", email.HtmlBody);
        Assert.Empty(document.QuerySelectorAll("script"));
        Assert.Contains(hostile, document.Body!.TextContent);
        Assert.Contains(hostile, email.TextBody);
    }

    [Theory]
    [MemberData(nameof(EveryKindInEveryLanguage))]
    public void Every_text_a_message_uses_is_in_the_resources(string kind, string culture)
    {
        using var scope = new CultureScope(culture);
        var localizers = new MissingTextRecorder(Localizers);

        EmailExample.ByKind[kind].Template.Compose(localizers);

        Assert.Empty(localizers.Missing);
    }

    [Fact]
    public async Task The_plain_text_uses_line_feeds_only()
    {
        var email = await RenderAsync(EmailExample.ByKind["VerifyEmailAddress"].Template, PortalCultures.Spanish);

        Assert.DoesNotContain('\r', email.TextBody);
        Assert.StartsWith("Portal de Manutención de Menores de Arizona\n\nConfirme su correo electrónico\n\nHola, María López:\n\n", email.TextBody);
        Assert.EndsWith("\n", email.TextBody);
    }

    [Fact]
    public void Templates_carry_no_secret_beyond_the_one_they_deliver()
    {
        string[] forbidden = ["Password", "Ssn", "SocialSecurity", "Pin", "Answer", "DateOfBirth", "Token"];
        var properties = typeof(EmailTemplate).Assembly.GetTypes()
            .Where(type => type.IsSubclassOf(typeof(EmailTemplate)))
            .SelectMany(type => type.GetProperties().Select(property => $"{type.Name}.{property.Name}"));

        Assert.DoesNotContain(properties, property => forbidden.Any(word => property.Split('.')[1].Contains(word, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void Printing_a_template_leaves_out_its_code_and_link()
    {
        Assert.DoesNotContain(EmailExample.Code, EmailExample.ByKind["SignInCode"].Template.ToString());
        Assert.DoesNotContain("Q2ZE", EmailExample.ByKind["VerifyEmailAddress"].Template.ToString());
    }

    [Fact]
    public async Task Rendering_restores_the_callers_culture()
    {
        using var scope = new CultureScope("fr-FR");

        await RenderAsync(EmailExample.ByKind["SignInCode"].Template, PortalCultures.Spanish);

        Assert.Equal("fr-FR", CultureInfo.CurrentCulture.Name);
        Assert.Equal("fr-FR", CultureInfo.CurrentUICulture.Name);
    }

    [Fact]
    public async Task Rendering_restores_the_callers_culture_when_a_template_fails()
    {
        using var scope = CultureScope.English();

        await Assert.ThrowsAsync<InvalidOperationException>(() => RenderAsync(new FailingEmail(), PortalCultures.Spanish));

        Assert.Equal(PortalCultures.English, CultureInfo.CurrentCulture.Name);
        Assert.Equal(PortalCultures.English, CultureInfo.CurrentUICulture.Name);
    }

    [Fact]
    public async Task A_culture_the_portal_is_not_written_in_falls_back_to_a_supported_one()
    {
        var mexican = await RenderAsync(EmailExample.ByKind["PasswordChanged"].Template, "es-MX");
        var unknown = await RenderAsync(EmailExample.ByKind["PasswordChanged"].Template, "de-DE");

        Assert.Contains("Se cambió la contraseña", mexican.Subject);
        Assert.Contains("password was changed", unknown.Subject);
    }

    private sealed record FailingEmail : EmailTemplate
    {
        public override string Kind => "Failing";

        public override EmailContent Compose(IStringLocalizerFactory localizers) =>
            throw new InvalidOperationException($"Composed in {CultureInfo.CurrentUICulture.Name}");
    }

    /// <summary>The real resources, noting every name a message asks for that they do not hold.</summary>
    private sealed class MissingTextRecorder(IStringLocalizerFactory inner) : IStringLocalizerFactory
    {
        public List<string> Missing { get; } = [];

        public IStringLocalizer Create(Type resourceSource) => new Recording(inner.Create(resourceSource), Missing);

        public IStringLocalizer Create(string baseName, string location) => new Recording(inner.Create(baseName, location), Missing);

        private sealed class Recording(IStringLocalizer localizer, List<string> missing) : IStringLocalizer
        {
            public LocalizedString this[string name] => Record(localizer[name]);

            public LocalizedString this[string name, params object[] arguments] => Record(localizer[name, arguments]);

            public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => localizer.GetAllStrings(includeParentCultures);

            private LocalizedString Record(LocalizedString text)
            {
                if (text.ResourceNotFound) missing.Add(text.Name);
                return text;
            }
        }
    }
}
