using Portal.Domain.Cases;

namespace Portal.App.Features.Cases.Shared;

/// <summary>
/// Per-case publish/subscribe for records committed to a case, on every instance of the portal
/// (<see cref="CaseUpdateNotifier"/>, over the instances' live-update bus).
/// </summary>
public interface ICaseUpdateNotifier
{
    /// <summary>Calls <paramref name="handler"/> for every update of <paramref name="caseNumber"/> until the result is disposed.</summary>
    IDisposable Subscribe(CaseNumber caseNumber, Func<CaseUpdate, Task> handler);

    /// <summary>Delivers an update to the subscribers of its case only. Call it after the record was committed.</summary>
    Task PublishAsync(CaseUpdate update, CancellationToken ct = default);
}
