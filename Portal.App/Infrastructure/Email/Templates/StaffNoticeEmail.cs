using Microsoft.Extensions.Localization;

namespace Portal.App.Infrastructure.Email.Templates;

/// <summary>
/// What the notices staff actions send have in common: a heading, when it happened, what comes next, and whom to
/// call if the parent did not ask for it. <see cref="TextPrefix"/> names the notice's keys in EmailText.resx.
/// </summary>
public abstract record StaffNoticeEmail(string DisplayName, DateTimeOffset HappenedAt) : EmailTemplate
{
    protected abstract string TextPrefix { get; }

    public override EmailContent Compose(IStringLocalizer<EmailText> text) => new(
        Subject: text[$"{TextPrefix}.Subject"],
        Preheader: text[$"{TextPrefix}.Preheader"],
        Heading: text[$"{TextPrefix}.Heading"],
        Paragraphs:
        [
            text.Greeting(DisplayName),
            text[$"{TextPrefix}.WhatHappened", text.ArizonaDateTime(HappenedAt)],
            text[$"{TextPrefix}.Next"],
            text[$"{TextPrefix}.NotYou"],
        ]);
}
