using Microsoft.Extensions.Localization;
using Portal.App.Infrastructure.Email.Templates;

namespace Portal.App.Features.Staff.CaseView.Emails;

/// <summary>
/// What the notices staff actions send have in common: a heading, when it happened, what comes next, and whom to
/// call if the parent did not ask for it. <see cref="TextPrefix"/> names the notice's keys in StaffNoticeEmailText.resx.
/// </summary>
public abstract record StaffNoticeEmail(string DisplayName, DateTimeOffset HappenedAt) : EmailTemplate<StaffNoticeEmailText>
{
    protected abstract string TextPrefix { get; }

    protected override EmailContent Compose(IStringLocalizer<StaffNoticeEmailText> text, IStringLocalizer<EmailText> common) => new(
        Subject: text[$"{TextPrefix}.Subject"],
        Preheader: text[$"{TextPrefix}.Preheader"],
        Heading: text[$"{TextPrefix}.Heading"],
        Paragraphs:
        [
            common.Greeting(DisplayName),
            text[$"{TextPrefix}.WhatHappened", common.ArizonaDateTime(HappenedAt)],
            text[$"{TextPrefix}.Next"],
            text[$"{TextPrefix}.NotYou"],
        ]);
}
