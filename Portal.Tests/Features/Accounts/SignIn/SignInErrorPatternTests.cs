using AngleSharp.Html.Parser;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Accounts.SignIn;

/// <summary>The static sign-in page follows the one error pattern: a summary on top, the message at the field, the field marked.</summary>
public sealed class SignInErrorPatternTests : IDisposable
{
    private readonly ControlledPortal portal = new();

    public void Dispose() => portal.Dispose();

    [Fact]
    public async Task Missing_username_and_password_are_listed_on_top_said_at_each_field_and_what_was_typed_stays()
    {
        var client = portal.CreateClient();

        var response = await HtmlForms.SubmitAsync(client, "/signin", "signin", new Dictionary<string, string> { ["Input.Login"] = "", ["Input.Password"] = "" });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("class=\"error-summary\"", html);
        Assert.Contains("data-autofocus=\"true\"", html); // focused on load: the page has no circuit
        Assert.Contains("data-focus-field=\"login\"", html);
        Assert.Contains("data-focus-field=\"password\"", html);
        Assert.Contains("id=\"login-error\"", html);
        Assert.Contains("id=\"password-error\"", html);
        var page = new HtmlParser().ParseDocument(html);
        foreach (var id in new[] { "login", "password" })
        {
            Assert.Equal("true", page.GetElementById(id)!.GetAttribute("aria-invalid"));
            Assert.Equal($"{id}-error", page.GetElementById(id)!.GetAttribute("aria-describedby"));
        }

        var typed = await HtmlForms.SubmitAsync(portal.CreateClient(), "/signin", "signin", new Dictionary<string, string> { ["Input.Login"] = "maria.parent", ["Input.Password"] = "" });
        var again = await typed.Content.ReadAsStringAsync();
        Assert.Contains("value=\"maria.parent\"", again);
        Assert.DoesNotContain("data-focus-field=\"login\"", again);
        Assert.Contains("data-focus-field=\"password\"", again);
    }
}
