using Portal.Domain.Cases;
using Portal.App.Features.Staff.Audit;

namespace Portal.App.Features.Staff.Search;

/// <summary>A participant named in a search result.</summary>
public sealed record StaffCaseParty(ParticipantRole Role, string FullName);
