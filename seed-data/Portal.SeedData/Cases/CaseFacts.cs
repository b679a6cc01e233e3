using Portal.Domain.Cases;
using Portal.SeedData.Payments;

namespace Portal.SeedData.Cases;

/// <summary>What happened on a case, from which its history of actions is told.</summary>
internal sealed record CaseFacts(
    string CaseNumber,
    CaseProgram Program,
    string County,
    string OfficeName,
    DateOnly OpenedOn,
    DateOnly? ClosedOn,
    IReadOnlyList<SupportOrder> Orders,
    PayerProfile Profile,
    PaymentHistory PaymentHistory,
    IReadOnlyList<string> ChildFirstNames);
