using Portal.Domain.Cases;

namespace Portal.App.Features.Cases.Shared;

/// <summary>A case the signed-in parent is on, and their role on it.</summary>
public sealed record ParentCase(CaseNumber CaseNumber, ParticipantRole Role);
