namespace Portal.App.Platform.Localization;

public static class LocalizationApplicationBuilderExtensions
{
    /// <summary>Sets the request's culture (and so the circuit's, which starts from a request) from the options above.</summary>
    public static IApplicationBuilder UsePortalLocalization(this IApplicationBuilder app) =>
        app.UseRequestLocalization();
}
