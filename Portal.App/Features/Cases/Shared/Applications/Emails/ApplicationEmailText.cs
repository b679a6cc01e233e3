namespace Portal.App.Features.Cases.Shared.Applications.Emails;

/// <summary>The words of the application emails (ApplicationEmailText.resx, .es.resx).</summary>
public sealed class ApplicationEmailText;
