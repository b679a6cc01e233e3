using Portal.Domain.Cases;

namespace Portal.App.Features.Dashboard;

/// <summary>One case action as the dashboard lists it: shown by its type (localized), never the case system's English text.</summary>
public sealed record RecentAction(long Id, DateTimeOffset OccurredAt, CaseActionType Type)
{
    public static RecentAction From(CaseAction action) => new(action.Id, action.OccurredAt, action.Type);
}
