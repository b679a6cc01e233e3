namespace Portal.App.Infrastructure.CaseSystem.Changes;

/// <summary>The case system's answer to one change, as read from the import folder.</summary>
public sealed record CaseSystemAcknowledgement(Guid ChangeId, bool Accepted, string? Reason, DateTimeOffset AcknowledgedAt);
