namespace Portal.App.Infrastructure.CaseSystem.Changes;

/// <summary>
/// A feature that follows changes it sent to the case system (a signed change-of-address form follows its change): told
/// once the change was written for the case system, and once the case system answered, each after that was committed.
/// Calls may repeat (a retry, a duplicate answer), so a listener acts only on what has not happened yet.
/// </summary>
public interface ICaseSystemChangeListener
{
    Task SentAsync(Guid changeId, DateTimeOffset at, CancellationToken ct);

    Task AnsweredAsync(Guid changeId, bool accepted, string? reason, DateTimeOffset at, CancellationToken ct);
}
