using Portal.Domain.Cases;
using Portal.App.Features.Staff.Audit;
using Portal.App.Features.Staff.CaseView;
using Portal.App.Features.Staff.Shared;

namespace Portal.App.Features.Staff.Search;

/// <summary>A participant named in a search result.</summary>
public sealed record StaffCaseParty(ParticipantRole Role, string FullName);
