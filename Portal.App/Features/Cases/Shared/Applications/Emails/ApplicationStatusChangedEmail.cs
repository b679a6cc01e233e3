using Microsoft.Extensions.Localization;
using Portal.App.Infrastructure.Email.Templates;
using Portal.Domain.Applications;

namespace Portal.App.Features.Cases.Shared.Applications.Emails;

/// <summary>A caseworker asked for more information, accepted the application (the case is linked) or declined it. The details stay behind the sign-in.</summary>
public sealed record ApplicationStatusChangedEmail(string DisplayName, string Reference, ApplicationStatus Status, Uri Page) : EmailTemplate<ApplicationEmailText>
{
    public const string Name = "ApplicationStatusChanged";

    public override string Kind => Name;

    protected override EmailContent Compose(IStringLocalizer<ApplicationEmailText> text, IStringLocalizer<EmailText> common) => new(
        Subject: text[$"Status.Subject_{Status}", Reference],
        Preheader: text["Status.Preheader"],
        Heading: text[$"Status.Subject_{Status}", Reference],
        Paragraphs:
        [
            common.Greeting(DisplayName),
            text[$"Status.What_{Status}", Reference],
        ],
        Action: new EmailAction(text[$"Status.Button_{Status}"], Page));
}
