using Microsoft.Extensions.Localization;
using Portal.App.Infrastructure.Email.Templates;

namespace Portal.App.Features.Cases.Shared.Messages;

/// <summary>A caseworker replied: the email says only that, and where to sign in to read it.</summary>
public sealed record MessageReplyWaitingEmail(string DisplayName) : EmailTemplate<MessageText>
{
    public const string Name = "MessageReplyWaiting";

    public override string Kind => Name;

    protected override EmailContent Compose(IStringLocalizer<MessageText> text, IStringLocalizer<EmailText> common) => new(
        Subject: text["ReplyWaiting.Subject"],
        Preheader: text["ReplyWaiting.Preheader"],
        Heading: text["ReplyWaiting.Subject"],
        Paragraphs:
        [
            common.Greeting(DisplayName),
            text["ReplyWaiting.SignIn"],
            text["ReplyWaiting.StopThese"],
        ]);
}
