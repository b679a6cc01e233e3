using System.Net.Mail;

namespace Portal.Domain.Accounts;

/// <summary>The rules for a username and an email address, the same at registration and when they are changed later.</summary>
public static class AccountNames
{
    public const int UserNameMinLength = 3;
    public const int UserNameMaxLength = 50;
    public const int EmailMaxLength = 256;

    public static UserNameProblem CheckUserName(string? userName)
    {
        if (string.IsNullOrEmpty(userName)) return UserNameProblem.Missing;
        if (userName.Length is < UserNameMinLength or > UserNameMaxLength) return UserNameProblem.Length;
        return userName.All(IsAllowedUserNameCharacter) ? UserNameProblem.None : UserNameProblem.Characters;
    }

    /// <summary>One plain address (no display name, no comments), with a dot in its domain: what a parent can receive mail at.</summary>
    public static bool IsEmailAddress(string? text) =>
        text is { Length: > 0 and <= EmailMaxLength }
        && MailAddress.TryCreate(text, out var address)
        && address.Address == text
        && address.Host.Contains('.', StringComparison.Ordinal)
        && !address.Host.StartsWith('.') && !address.Host.EndsWith('.');

    private static bool IsAllowedUserNameCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' or '@';
}
