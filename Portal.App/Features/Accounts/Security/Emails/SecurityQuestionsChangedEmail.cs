using Microsoft.Extensions.Localization;
using Portal.App.Infrastructure.Email.Templates;

namespace Portal.App.Features.Accounts.Security.Emails;

/// <summary>Tells the owner their security questions were changed, so a takeover through a stolen session is noticed.</summary>
public sealed record SecurityQuestionsChangedEmail(string DisplayName, DateTimeOffset ChangedAt) : EmailTemplate<SecurityEmailText>
{
    public const string Name = "SecurityQuestionsChanged";

    public override string Kind => Name;

    protected override EmailContent Compose(IStringLocalizer<SecurityEmailText> text, IStringLocalizer<EmailText> common) => new(
        Subject: text["QuestionsChanged.Subject"],
        Preheader: text["QuestionsChanged.Preheader"],
        Heading: text["QuestionsChanged.Subject"],
        Paragraphs:
        [
            common.Greeting(DisplayName),
            text["QuestionsChanged.WhatHappened", common.ArizonaDateTime(ChangedAt)],
            text["QuestionsChanged.NotYou"],
        ]);
}
