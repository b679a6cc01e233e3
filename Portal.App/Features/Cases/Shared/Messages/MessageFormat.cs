using System.Globalization;
using Microsoft.Extensions.Localization;
using Portal.Domain;

namespace Portal.App.Features.Cases.Shared.Messages;

/// <summary>Dates and times of messages as both sides show them: in Arizona time, in the reader's language.</summary>
public static class MessageFormat
{
    public static string DueDate(IStringLocalizer<MessageText> text, DateOnly date) => date.ToString(text["DueDateFormat"], CultureInfo.CurrentCulture);

    public static string Sent(IStringLocalizer<MessageText> text, DateTimeOffset at) => ArizonaTime.From(at).ToString(text["SentFormat"], CultureInfo.CurrentCulture);
}
