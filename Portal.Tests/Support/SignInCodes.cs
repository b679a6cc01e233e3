using System.Text.RegularExpressions;
using Portal.App.Infrastructure.Email.Pickup;

namespace Portal.Tests.Support;

/// <summary>Reads the 6-digit sign-in code out of an email, as a parent copies it from their inbox.</summary>
public static partial class SignInCodes
{
    public static string CodeIn(string textBody)
    {
        var match = CodeLine().Match(textBody);
        Assert.True(match.Success, "the email holds no 6-digit code");
        return match.Groups[1].Value;
    }

    /// <summary>
    /// Waits for a sign-in code email to <paramref name="to"/> that is not among <paramref name="seen"/> (the
    /// files that were there before the sign-in), and returns its code.
    /// </summary>
    public static async Task<string> WaitForNewCodeAsync(string mailFolder, string to, IReadOnlySet<string> seen)
    {
        var message = await MailFolderWatcher.WaitForNewMessageAsync(mailFolder, to, seen);
        return CodeIn(message.TextBody);
    }

    [GeneratedRegex(@"^\s*(\d{6})\s*$", RegexOptions.Multiline)]
    private static partial Regex CodeLine();
}
