namespace Portal.App.Features.Cases.Shared.Messages;

/// <summary>Who wrote a message (stored by name). An <see cref="InternalNote"/> is between caseworkers only.</summary>
public enum MessageAuthor
{
    Parent,
    Caseworker,
    InternalNote,
}
