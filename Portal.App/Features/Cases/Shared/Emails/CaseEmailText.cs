namespace Portal.App.Features.Cases.Shared.Emails;

/// <summary>The words of the case emails and their topics on the profile page (CaseEmailText.resx, .es.resx).</summary>
public sealed class CaseEmailText;
