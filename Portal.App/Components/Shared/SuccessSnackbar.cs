using MudBlazor;

namespace Portal.App.Components.Shared;

/// <summary>
/// How the portal says "done": a success snackbar in the theme's green (white on #1b5e20, 7.9:1) that stays until it
/// is closed, so nobody has to read it against a clock, with a close button reached by Tab. Refusals are never
/// snackbars: they stay at the field or in the form.
/// </summary>
public static class SuccessSnackbar
{
    public static void AddSuccess(this ISnackbar snackbar, string message)
    {
        // One at a time: the newest outcome replaces the last one (already announced), so they never pile up.
        snackbar.Clear();
        snackbar.Add(message, Severity.Success, options =>
        {
            options.RequireInteraction = true;
            options.ShowCloseIcon = true;
            // Fully opaque at once: a fade-in is motion nobody asked for, and a half-faded snackbar fails contrast.
            options.ShowTransitionDuration = 0;
            options.MaximumOpacity = 100;
        });
    }
}
