namespace Portal.App.Features.Accounts.Profile.Emails;

/// <summary>The words of the profile's emails (ProfileEmailText.resx, .es.resx).</summary>
public sealed class ProfileEmailText;
