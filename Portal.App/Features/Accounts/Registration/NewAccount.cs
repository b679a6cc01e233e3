using Portal.Domain.Accounts;
using Portal.App.Features.Accounts.Shared;

namespace Portal.App.Features.Accounts.Registration;

/// <summary>What "Your account" collected for a matched parent, ready for "Create account".</summary>
/// <param name="RegistrationId">The wizard's draft id: the same registration submitted twice creates one account.</param>
public sealed record NewAccount(Guid RegistrationId, MatchedParent Parent, string Email, string UserName, ContactMethod PreferredContact, string Culture);
