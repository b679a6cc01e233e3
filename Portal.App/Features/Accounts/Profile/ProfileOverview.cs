using Portal.App.Infrastructure.CaseSystem.Changes;
using Portal.Domain.Accounts;
using Portal.Domain.Cases;

namespace Portal.App.Features.Accounts.Profile;

/// <summary>
/// What the profile page shows: the contact details the case system holds for the parent, the latest change of each
/// kind on its way there (or answered), and the account's own preferences. HasCase is false when the case system no
/// longer lists the person: there is nothing to change.
/// </summary>
public sealed record ProfileOverview(
    bool HasCase,
    string DisplayName,
    string UserName,
    string Email,
    MailingAddress? Address,
    IReadOnlyList<ParticipantPhone> Phones,
    ContactChange? AddressChange,
    ContactChange? PhonesChange,
    ContactMethod? PreferredContact,
    string NoticeCulture);
