namespace Portal.App.Features.Staff.Inbox;

public sealed record InboxOffice(string Code, string Name);
