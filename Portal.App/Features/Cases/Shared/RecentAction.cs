using System.Globalization;
using Portal.Domain.Cases;

namespace Portal.App.Features.Cases.Shared;

/// <summary>One case action as the dashboard lists it: shown by its type (localized), never the case system's English text.</summary>
public sealed record RecentAction(long Id, DateTimeOffset OccurredAt, CaseActionType Type)
{
    /// <summary>The instant as the list's datetime attribute writes it, once: the open dashboards of a case share this record.</summary>
    public string OccurredAtIso { get; } = OccurredAt.ToString("O", CultureInfo.InvariantCulture);

    public static RecentAction From(CaseAction action) => new(action.Id, action.OccurredAt, action.Type);
}
