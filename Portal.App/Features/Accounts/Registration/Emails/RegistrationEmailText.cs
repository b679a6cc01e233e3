namespace Portal.App.Features.Accounts.Registration.Emails;

/// <summary>The wording of the registration notices (RegistrationEmailText.resx, RegistrationEmailText.es.resx).</summary>
public sealed class RegistrationEmailText;
