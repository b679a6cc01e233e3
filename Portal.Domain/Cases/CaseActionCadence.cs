namespace Portal.Domain.Cases;

/// <summary>
/// Which routine actions may come next on a case so that its history reads like a real one: a few a day at most,
/// no kind of action twice within <see cref="RepeatWindow"/>, and a payment sent on to the custodial parent only
/// after one was received and not yet sent. A payment's own "payment received" comes with the payment, not from here.
/// </summary>
public static class CaseActionCadence
{
    /// <summary>The most actions a case gets in one Arizona day, whatever their kind.</summary>
    public const int PerDay = 3;

    public static readonly TimeSpan RepeatWindow = TimeSpan.FromDays(30);

    /// <summary>The kinds among <paramref name="candidates"/> that may be recorded on the case at <paramref name="now"/>.</summary>
    /// <param name="history">The case's actions; those older than <see cref="RepeatWindow"/> are ignored.</param>
    public static IReadOnlyList<CaseActionType> Allowed(IEnumerable<CaseActionType> candidates, IEnumerable<CaseAction> history, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(history);
        var recent = history.Where(a => a.OccurredAt > now - RepeatWindow).ToList();
        var today = ArizonaTime.DateOf(now);
        if (recent.Count(a => ArizonaTime.DateOf(a.OccurredAt) == today) >= PerDay) return [];

        var lastReceived = Latest(recent, CaseActionType.PaymentReceived);
        var lastDisbursed = Latest(recent, CaseActionType.PaymentDisbursed);
        var awaitingDisbursement = lastReceived is { } received && (lastDisbursed is not { } disbursed || disbursed < received);
        return candidates.Distinct().Where(type => type switch
        {
            CaseActionType.PaymentReceived => false,
            CaseActionType.PaymentDisbursed => awaitingDisbursement,
            _ => recent.All(a => a.Type != type),
        }).ToList();
    }

    private static DateTimeOffset? Latest(List<CaseAction> actions, CaseActionType type) =>
        actions.Where(a => a.Type == type).Select(a => (DateTimeOffset?)a.OccurredAt).Max();
}
