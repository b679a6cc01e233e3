namespace Portal.App.Features.Staff.Inbox;

public enum InboxAssignment
{
    Anyone,
    Unassigned,
    Mine,
}
