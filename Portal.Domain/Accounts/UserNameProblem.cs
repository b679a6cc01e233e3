namespace Portal.Domain.Accounts;

public enum UserNameProblem
{
    None,
    Missing,
    /// <summary>Shorter than <see cref="AccountNames.UserNameMinLength"/> or longer than <see cref="AccountNames.UserNameMaxLength"/>.</summary>
    Length,
    /// <summary>Anything but ASCII letters, digits and . _ - @.</summary>
    Characters,
}
