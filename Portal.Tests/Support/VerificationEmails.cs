using System.Text.RegularExpressions;
using Portal.App.Features.Accounts.Shared;

namespace Portal.Tests.Support;

/// <summary>Reads the verification link out of a verification email's text, as a parent would click it.</summary>
public static partial class VerificationEmails
{
    public static Uri LinkIn(string body)
    {
        var match = LinkPattern().Match(body);
        Assert.True(match.Success, "the email holds no verification link");
        return new Uri(match.Value);
    }

    /// <summary>The link's secret, unescaped, as the app's VerificationLinks takes it.</summary>
    public static string TokenIn(string body) => Uri.UnescapeDataString(LinkPattern().Match(body).Groups[1].Value);

    [GeneratedRegex(@"https?://\S+?/" + VerificationLinks.VerifyPath + @"\?token=([A-Za-z0-9_\-%]+)")]
    private static partial Regex LinkPattern();
}
