namespace Portal.App.Infrastructure.Email;

public enum EmailProvider
{
    /// <summary>Writes .eml files to a folder, read by the /dev/mailbox page: for development and tests.</summary>
    Pickup,
    SendGrid,
    Smtp,
}
