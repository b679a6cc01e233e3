using System.Globalization;
using Microsoft.Extensions.Localization;
using MudBlazor;
using Portal.Domain;
using Portal.Domain.Forms;

namespace Portal.App.Features.Cases.Shared.Forms;

/// <summary>How form pages, parents' and staff's, write a form's dates and colour its status.</summary>
public static class FormWords
{
    /// <summary>The Arizona date of <paramref name="instant"/>, in the current language ("December 9, 2026").</summary>
    public static string Date(IStringLocalizer<SignedFormText> text, DateTimeOffset instant) =>
        ArizonaTime.DateOf(instant).ToString(text["DateFormat"], CultureInfo.CurrentCulture);

    public static string Date(IStringLocalizer<SignedFormText> text, DateOnly date) => date.ToString(text["DateFormat"], CultureInfo.CurrentCulture);

    public static Color StatusColor(FormStatus status) => status switch
    {
        FormStatus.Completed => Color.Success,
        FormStatus.NotApproved => Color.Error,
        FormStatus.InReview or FormStatus.Received => Color.Info,
        _ => Color.Default,
    };
}
