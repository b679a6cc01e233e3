using System.Globalization;
using Portal.App.Platform.Localization;

namespace Portal.Tests.Support;

/// <summary>
/// Renders under a culture for the length of a using block and restores the previous one, as the
/// request localization middleware would for a visitor who chose that language.
/// </summary>
public sealed class CultureScope : IDisposable
{
    private readonly CultureInfo previousCulture = CultureInfo.CurrentCulture;
    private readonly CultureInfo previousUICulture = CultureInfo.CurrentUICulture;

    public CultureScope(string name)
    {
        var culture = CultureInfo.GetCultureInfo(name);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
    }

    public static CultureScope English() => new(PortalCultures.English);

    public static CultureScope Spanish() => new(PortalCultures.Spanish);

    public void Dispose()
    {
        CultureInfo.CurrentCulture = previousCulture;
        CultureInfo.CurrentUICulture = previousUICulture;
    }
}
