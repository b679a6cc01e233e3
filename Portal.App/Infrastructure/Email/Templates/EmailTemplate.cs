using Microsoft.Extensions.Localization;

namespace Portal.App.Infrastructure.Email.Templates;

/// <summary>
/// One kind of message (a sign-in code, a verification link, a security notice) and the facts it carries.
/// <see cref="Compose"/> runs with the recipient's culture as the current culture, so the localizer and any
/// date or number formatting speak their language.
/// </summary>
public abstract record EmailTemplate
{
    /// <summary>A stable name for the kind of message, stored on the outbox row (e.g. "SignInCode"): renaming the class must not change it.</summary>
    public abstract string Kind { get; }

    public abstract EmailContent Compose(IStringLocalizerFactory localizers);
}

/// <summary>A message whose wording lives with its feature, in <typeparamref name="TText"/>'s resources; the greeting and dates are <see cref="EmailText"/>'s.</summary>
public abstract record EmailTemplate<TText> : EmailTemplate
{
    public sealed override EmailContent Compose(IStringLocalizerFactory localizers) =>
        Compose(new StringLocalizer<TText>(localizers), new StringLocalizer<EmailText>(localizers));

    protected abstract EmailContent Compose(IStringLocalizer<TText> text, IStringLocalizer<EmailText> common);
}
