namespace Portal.App.Infrastructure.Email;

/// <summary>Configuration "Email": which provider delivers, and who the messages come from.</summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    /// <summary>Required: no default outside Development, so production never writes mail to disk by accident.</summary>
    public EmailProvider? Provider { get; set; }

    public string FromAddress { get; set; } = string.Empty;

    public string FromName { get; set; } = "Arizona Child Support Portal";

    /// <summary>The domain of the Message-IDs (defaults to the From address's domain).</summary>
    public string MessageIdDomain => FromAddress[(FromAddress.LastIndexOf('@') + 1)..];
}
