using Portal.Domain.CaseSystem;
using Portal.Domain.Cases;
using Portal.Domain.Payments;
using Portal.SeedData.People;

namespace Portal.SeedData.Cases;

/// <summary>One case's rows for every file, plus the domain objects the demo-identity picker asks questions of.</summary>
internal sealed record GeneratedCase(
    CaseRecord Case,
    IReadOnlyList<ParticipantRecord> Participants,
    IReadOnlyList<SupportOrderRecord> Orders,
    IReadOnlyList<PaymentRecord> Payments,
    IReadOnlyList<CaseActionRecord> Actions,
    GeneratedPerson CustodialParent,
    IReadOnlyList<SupportOrder> DomainOrders,
    IReadOnlyList<Payment> DomainPayments);
