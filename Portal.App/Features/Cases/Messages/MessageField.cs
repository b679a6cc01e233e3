namespace Portal.App.Features.Cases.Messages;

/// <summary>The fields of the message form, for messages at the field.</summary>
public enum MessageField
{
    Case,
    Topic,
    Subject,
    Body,
    Attachments,
}
