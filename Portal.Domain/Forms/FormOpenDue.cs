using Portal.Domain.Calendar;
using Portal.Domain.Messages;

namespace Portal.Domain.Forms;

/// <summary>
/// How long a signed form may wait for a caseworker to open it: a number of Arizona business days after the day it was
/// submitted. After the end of that day in Arizona it is flagged to supervisors.
/// </summary>
public static class FormOpenDue
{
    public static DateOnly For(DateTimeOffset submittedAt, int businessDays) => BusinessDays.After(ArizonaTime.DateOf(submittedAt), businessDays);

    public static DateTimeOffset LateFrom(DateTimeOffset submittedAt, int businessDays) => ReplyDue.LateFrom(For(submittedAt, businessDays));
}
