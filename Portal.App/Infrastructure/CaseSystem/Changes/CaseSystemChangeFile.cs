namespace Portal.App.Infrastructure.CaseSystem.Changes;

/// <summary>The export file's shape (docs/profile.md, "The case-system feed"): one change (or application), named by its idempotency key.</summary>
public sealed record CaseSystemChangeFile(
    Guid ChangeId,
    CaseSystemChangeKind Kind,
    string PersonId,
    DateTimeOffset RequestedAt,
    string RequestedBy,
    ContactChangeContent.AddressFields? Address,
    IReadOnlyList<ContactChangeContent.PhoneFields>? Phones,
    ContactChangeContent.ApplicationFields? Application = null);
