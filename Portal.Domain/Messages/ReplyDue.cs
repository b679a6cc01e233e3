using Portal.Domain.Calendar;

namespace Portal.Domain.Messages;

/// <summary>
/// The promise made to a parent who writes: a reply within a number of Arizona business days, by the end of the
/// due date in Arizona time. The count starts the day after the message, whatever time it was sent.
/// </summary>
public static class ReplyDue
{
    /// <summary>The Arizona date a reply is promised by, for a message sent at <paramref name="sentAt"/>.</summary>
    public static DateOnly For(DateTimeOffset sentAt, int businessDays) => BusinessDays.After(ArizonaTime.DateOf(sentAt), businessDays);

    /// <summary>The instant the promise is broken: midnight in Arizona at the end of <paramref name="dueOn"/>.</summary>
    public static DateTimeOffset LateFrom(DateOnly dueOn) => new(dueOn.AddDays(1).ToDateTime(TimeOnly.MinValue), ArizonaTime.Offset);

    public static bool IsLate(DateOnly dueOn, DateTimeOffset now) => now >= LateFrom(dueOn);
}
