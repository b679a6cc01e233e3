using Portal.Domain.Cases;

namespace Portal.App.Features.Cases.Shared;

/// <summary>A case action to record; <see cref="ExternalId"/> is the case system's id for it, unique across cases.</summary>
public sealed record NewCaseAction(string CaseNumber, string ExternalId, DateTimeOffset OccurredAt, CaseActionType Type, string Description);
