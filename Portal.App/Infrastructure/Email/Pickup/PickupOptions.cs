namespace Portal.App.Infrastructure.Email.Pickup;

/// <summary>Configuration "Email:Pickup": where the development provider writes its .eml files.</summary>
public sealed class PickupOptions
{
    public const string Section = "Email:Pickup";

    public const string OutsideDevelopmentRefusal =
        "Email:Provider is Pickup outside Development: messages (sign-in codes, verification links) would be written to a folder instead of sent. " +
        "Choose SendGrid or Smtp, or, for a throw-away test server only, set Email:Pickup:AllowOutsideDevelopmentUnsafe=true (the mailbox page is never served outside Development).";

    /// <summary>
    /// Lets Pickup run outside Development (a load test, a throw-away demo server). Named "Unsafe" so it cannot be
    /// turned on by accident in a review: every code and link then sits in a folder on the server.
    /// </summary>
    public bool AllowOutsideDevelopmentUnsafe { get; set; }

    /// <summary>Relative paths are under the app's content root.</summary>
    public string Folder { get; set; } = "App_Data/mail";
}
