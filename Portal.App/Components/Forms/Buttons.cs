namespace Portal.App.Components.Forms;

/// <summary>
/// MudBlazor's button classes for native buttons: static forms cannot host MudButton, and plain buttons cost a live
/// circuit nothing. One name per role, so every page's buttons look the same.
/// </summary>
public static class Buttons
{
    /// <summary>The one main action of a form or step.</summary>
    public const string Primary = "mud-button-root mud-button mud-button-filled mud-button-filled-primary mud-button-filled-size-medium";

    /// <summary>Other actions: back, show, cancel, download.</summary>
    public const string Secondary = "mud-button-root mud-button mud-button-outlined mud-button-outlined-primary mud-button-outlined-size-medium";

    /// <summary>An action that ends or removes something (sign out everywhere, disable access), as the main action.</summary>
    public const string Danger = "mud-button-root mud-button mud-button-filled mud-button-filled-error mud-button-filled-size-medium";

    /// <summary>An action that ends or removes something, beside a main action.</summary>
    public const string DangerSecondary = "mud-button-root mud-button mud-button-outlined mud-button-outlined-error mud-button-outlined-size-medium";

    /// <summary>A quiet action (show all, clear).</summary>
    public const string Quiet = "mud-button-root mud-button mud-button-outlined mud-button-outlined-default mud-button-outlined-size-medium";
}
