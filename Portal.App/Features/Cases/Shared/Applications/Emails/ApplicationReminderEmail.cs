using System.Globalization;
using Microsoft.Extensions.Localization;
using Portal.App.Infrastructure.Email.Templates;

namespace Portal.App.Features.Cases.Shared.Applications.Emails;

/// <summary>An unfinished application will be deleted: how many days are left, and the date. Sent by a background job, it names the way back rather than linking to it.</summary>
public sealed record ApplicationReminderEmail(string DisplayName, int DaysLeft, DateOnly ExpiresOn) : EmailTemplate<ApplicationEmailText>
{
    public const string Name = "ApplicationReminder";

    public override string Kind => Name;

    protected override EmailContent Compose(IStringLocalizer<ApplicationEmailText> text, IStringLocalizer<EmailText> common) => new(
        Subject: text["Reminder.Subject", DaysLeft],
        Preheader: text["Reminder.Preheader"],
        Heading: text["Reminder.Subject", DaysLeft],
        Paragraphs:
        [
            common.Greeting(DisplayName),
            text["Reminder.WhatHappens", ExpiresOn.ToString(text["DateFormat"], CultureInfo.CurrentCulture)],
            text["Reminder.Saved"],
        ]);
}
