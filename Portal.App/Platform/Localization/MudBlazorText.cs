using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Portal.App.Platform.Localization;

/// <summary>
/// MudBlazor's own words (a snackbar's or dialog's close button) in the portal's languages: MudBlazor ships English only,
/// and asks this localizer for any other language (MudBlazorText.resx, MudBlazorText.es.resx; keys are MudBlazor's).
/// </summary>
public sealed class MudBlazorText(IStringLocalizer<MudBlazorText> text) : MudLocalizer
{
    public override LocalizedString this[string key] => text[key];

    public override LocalizedString this[string key, params object[] arguments] => text[key, arguments];
}
