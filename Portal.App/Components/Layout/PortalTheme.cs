using MudBlazor;

namespace Portal.App.Components.Layout;

/// <summary>
/// The portal's one MudBlazor theme: the state's navy and blue, Roboto with system fallbacks, and sentence-case
/// buttons (Material's all-caps reads as shouting and is harder to read). Every colour pair used for text passes
/// WCAG 2.1 AA (4.5:1) on white or on its own fill: primary #1d4f91 on white is 8.1:1, error #b00020 7.3:1, success
/// #1b5e20 7.9:1, warning #8a4b00 6.8:1, info #1565c0 5.7:1, secondary text #4a4f57 8.2:1, white on the app bar navy
/// 12.1:1.
/// </summary>
public static class PortalTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1d4f91",
            PrimaryDarken = "#163d70",
            PrimaryLighten = "#3b6db0",
            PrimaryContrastText = "#ffffff",
            Secondary = "#4a4f57",
            SecondaryContrastText = "#ffffff",
            Tertiary = "#1b365d",
            Info = "#1565c0",
            Success = "#1b5e20",
            Warning = "#8a4b00",
            Error = "#b00020",
            Dark = "#1f2328",
            TextPrimary = "#1f2328",
            TextSecondary = "#4a4f57",
            AppbarBackground = "#1b365d",
            AppbarText = "#ffffff",
            Background = "#ffffff",
            Surface = "#ffffff",
            LinesDefault = "#c8ccd2",
            LinesInputs = "#6b7079",
            ActionDefault = "#4a4f57",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["Roboto", "Segoe UI", "Arial", "sans-serif"],
                FontSize = "1rem",
                LineHeight = "1.5",
            },
            Button = new ButtonTypography
            {
                FontFamily = ["Roboto", "Segoe UI", "Arial", "sans-serif"],
                FontSize = "1rem",
                FontWeight = "500",
                TextTransform = "none",
                LetterSpacing = "normal",
            },
        },
        LayoutProperties = new LayoutProperties { DefaultBorderRadius = "4px" },
    };
}
