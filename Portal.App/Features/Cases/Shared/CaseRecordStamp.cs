namespace Portal.App.Features.Cases.Shared;

/// <summary>
/// How many payments and case actions a case had when its dashboard data was read. While the portal runs, records are
/// only ever added to a case (<see cref="CaseRecords.CaseRecordWriter"/>; its orders, parents and status come from the
/// start-up import), so dashboard data read at the same stamp on the same Arizona day shows the same thing: comparing
/// stamps is one small indexed query instead of the dashboard's five. Counts rather than the newest ids, so a record
/// committed out of id order (a database with concurrent writers) still changes the stamp.
/// </summary>
/// <remarks>Online payments waiting to be posted count too: they are listed on the dashboard, and a payment that is
/// submitted adds one (its posting later takes one away and adds a payment).</remarks>
public readonly record struct CaseRecordStamp(int Payments, int Actions, int Submitted = 0);
