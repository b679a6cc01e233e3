using Microsoft.Extensions.Logging.Abstractions;
using Portal.App.Features.Cases.Shared;
using Portal.App.Platform.Live;
using Portal.Domain.Cases;

namespace Portal.Tests.Features.Cases.Dashboard;

public sealed class CaseUpdateNotifierTests
{
    private static readonly CaseNumber CaseA = CaseNumber.FromSerial(100_000_001);
    private static readonly CaseNumber CaseB = CaseNumber.FromSerial(100_000_002);

    // One instance: nothing comes from another, so the notifier never reads a record back (no database).
    private readonly CaseUpdateNotifier notifier = new(new SingleInstanceLiveUpdateBus(), dbFactory: null!, NullLogger<CaseUpdateNotifier>.Instance);

    [Fact]
    public async Task An_update_reaches_the_subscribers_of_its_case_only()
    {
        var receivedA = new List<CaseUpdate>();
        var receivedB = new List<CaseUpdate>();
        using var a = notifier.Subscribe(CaseA, u => { receivedA.Add(u); return Task.CompletedTask; });
        using var b = notifier.Subscribe(CaseB, u => { receivedB.Add(u); return Task.CompletedTask; });

        await notifier.PublishAsync(Update(CaseA));

        Assert.Single(receivedA);
        Assert.Empty(receivedB);
    }

    [Fact]
    public async Task A_disposed_subscription_receives_nothing_more()
    {
        var received = 0;
        var subscription = notifier.Subscribe(CaseA, _ => { received++; return Task.CompletedTask; });
        await notifier.PublishAsync(Update(CaseA));

        subscription.Dispose();
        await notifier.PublishAsync(Update(CaseA));

        Assert.Equal(1, received);
        Assert.Equal(0, notifier.SubscriberCount(CaseA));
    }

    [Fact]
    public async Task A_failing_subscriber_does_not_stop_the_others()
    {
        var received = 0;
        using var failing = notifier.Subscribe(CaseA, _ => throw new InvalidOperationException("broken"));
        using var working = notifier.Subscribe(CaseA, _ => { received++; return Task.CompletedTask; });

        await notifier.PublishAsync(Update(CaseA));

        Assert.Equal(1, received);
    }

    private static CaseUpdate Update(CaseNumber caseNumber) =>
        new(caseNumber, CaseUpdateKind.CaseActionRecorded, DateTimeOffset.UnixEpoch) { Action = new RecentAction(1, DateTimeOffset.UnixEpoch, CaseActionType.NoticeSent) };
}
