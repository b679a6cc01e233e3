namespace Portal.App.Features.Accounts.Shared.Emails;

/// <summary>The wording of the account emails several journeys send (AccountEmailText.resx, AccountEmailText.es.resx).</summary>
public sealed class AccountEmailText;
