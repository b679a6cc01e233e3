namespace Portal.App.Features.Accounts.Profile;

/// <summary>The profile page's words (ProfileText.resx, ProfileText.es.resx).</summary>
public sealed class ProfileText;
