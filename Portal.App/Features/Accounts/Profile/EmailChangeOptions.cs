namespace Portal.App.Features.Accounts.Profile;

/// <summary>Configuration "Profile:EmailChange".</summary>
public sealed class EmailChangeOptions
{
    public const string Section = "Profile:EmailChange";

    /// <summary>How long the link sent to the new address works.</summary>
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromHours(24);
}
