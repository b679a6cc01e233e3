namespace Portal.App.Features.Staff.Inbox;

/// <summary>Localizer marker for the caseworkers' inbox and thread pages.</summary>
public sealed class InboxText;
