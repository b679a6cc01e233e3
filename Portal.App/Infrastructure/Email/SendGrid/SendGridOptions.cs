namespace Portal.App.Infrastructure.Email.SendGrid;

/// <summary>Configuration "Email:SendGrid". Keep the API key in a secret store or the environment (Email__SendGrid__ApiKey).</summary>
public sealed class SendGridOptions
{
    public const string Section = "Email:SendGrid";

    public string ApiKey { get; set; } = string.Empty;

    /// <summary>https://api.sendgrid.com, or https://api.eu.sendgrid.com for EU regional subusers.</summary>
    public Uri BaseAddress { get; set; } = new("https://api.sendgrid.com");

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
