namespace Portal.App.Infrastructure.Email.Pickup;

/// <summary>Configuration "Email:Pickup": where the development provider writes its .eml files.</summary>
public sealed class PickupOptions
{
    public const string Section = "Email:Pickup";

    /// <summary>Relative paths are under the app's content root.</summary>
    public string Folder { get; set; } = "App_Data/mail";
}
