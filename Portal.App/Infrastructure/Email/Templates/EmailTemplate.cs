using Microsoft.Extensions.Localization;

namespace Portal.App.Infrastructure.Email.Templates;

/// <summary>
/// One kind of message (a sign-in code, a verification link, a security notice) and the facts it carries.
/// <see cref="Compose"/> runs with the recipient's culture as the current culture, so the localizer and any
/// date or number formatting speak their language.
/// </summary>
public abstract record EmailTemplate
{
    /// <summary>A stable name for the kind of message, stored on the outbox row (e.g. "SignInCode").</summary>
    public string Kind => GetType().Name.EndsWith("Email", StringComparison.Ordinal) ? GetType().Name[..^"Email".Length] : GetType().Name;

    public abstract EmailContent Compose(IStringLocalizer<EmailText> text);
}
