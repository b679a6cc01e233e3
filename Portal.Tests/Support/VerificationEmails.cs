using System.Text.RegularExpressions;
using Portal.App.Features.Accounts.Shared;

namespace Portal.Tests.Support;

/// <summary>Reads the links out of the emails' text, as a parent would click them.</summary>
public static partial class VerificationEmails
{
    public static Uri LinkIn(string body)
    {
        var match = LinkPattern().Match(body);
        Assert.True(match.Success, "the email holds no verification link");
        return new Uri(match.Value);
    }

    /// <summary>The link to <paramref name="path"/> (under the site's address) in an email's text.</summary>
    public static Uri LinkIn(string body, string path)
    {
        var match = Regex.Match(body, @"https?://\S+?/" + Regex.Escape(path) + @"\?token=[A-Za-z0-9_\-%]+");
        Assert.True(match.Success, $"the email holds no link to {path}");
        return new Uri(match.Value);
    }

    /// <summary>The link's secret, unescaped, as the app's VerificationLinks takes it.</summary>
    public static string TokenIn(string body) => Uri.UnescapeDataString(LinkPattern().Match(body).Groups[1].Value);

    [GeneratedRegex(@"https?://\S+?/" + VerificationLinks.VerifyPath + @"\?token=([A-Za-z0-9_\-%]+)")]
    private static partial Regex LinkPattern();
}
