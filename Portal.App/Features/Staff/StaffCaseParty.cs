using Portal.Domain.Cases;

namespace Portal.App.Features.Staff;

/// <summary>A participant named in a search result.</summary>
public sealed record StaffCaseParty(ParticipantRole Role, string FullName);
