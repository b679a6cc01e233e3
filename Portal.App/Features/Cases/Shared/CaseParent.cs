using Portal.Domain.Cases;

namespace Portal.App.Features.Cases.Shared;

/// <summary>A parent on a case as the dashboard names them: first name and last initial only.</summary>
public sealed record CaseParent(string PersonId, ParticipantRole Role, string FirstName, string LastInitial)
{
    public string ShortName => $"{FirstName} {LastInitial}.";
}
