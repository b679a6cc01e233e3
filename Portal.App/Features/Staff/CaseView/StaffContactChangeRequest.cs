using Portal.Domain.Cases;

namespace Portal.App.Features.Staff.CaseView;

/// <summary>What the contact-details form asks the page to send: a new address or new numbers (one of them) for a parent, with the reason.</summary>
public sealed record StaffContactChangeRequest(string PersonId, MailingAddress? Address, IReadOnlyList<ParticipantPhone>? Phones, string Reason);
