namespace Portal.App.Features.Cases.Shared;

/// <summary>
/// How far a case's records had come when its dashboard data was read: how many payments and case actions it had, and
/// how far its payments had moved on (<see cref="PaymentStages"/>). Records are only ever added to a case, and a payment
/// only moves forward (<see cref="CaseRecordWriter"/>; its orders, parents and status come from the start-up import), so
/// dashboard data read at the same stamp on the same Arizona day shows the same thing: comparing stamps is one small
/// query instead of the dashboard's six. Counts rather than the newest ids, so a record committed out of id order (a
/// database with concurrent writers) still changes the stamp.
/// </summary>
/// <param name="PaymentStages">
/// The sum over the case's payments of a rank that grows with each move (held 1, sent on 2, returned 3, plus 4 once
/// applied): any payment moving on raises it.
/// </param>
/// <param name="Submitted">
/// Online payments waiting to be posted: listed on the dashboard, so a payment submitted adds one (its posting later
/// takes one away and adds a payment).
/// </param>
public readonly record struct CaseRecordStamp(int Payments, int Actions, int PaymentStages = 0, int Submitted = 0);
