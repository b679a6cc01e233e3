using Portal.Domain.Cases;
using Portal.App.Features.Staff.Shared;

namespace Portal.App.Features.Staff.CaseView;

/// <summary>What the staff case page shows beside the dashboard: the case, its participants, the parents' portal accounts and the forms signed on it.</summary>
public sealed record StaffCaseView(
    CaseNumber CaseNumber,
    CaseProgram Program,
    CaseStatus Status,
    string County,
    string OfficeCode,
    DateOnly OpenedOn,
    IReadOnlyList<StaffParticipant> Participants,
    IReadOnlyList<ParentAccountStatus> Accounts,
    IReadOnlyList<StaffCaseForm> Forms);
