namespace Portal.App.Infrastructure.Email.SendGrid;

/// <summary>Configuration "Email:SendGrid". Keep the API key in a secret store or the environment (Email__SendGrid__ApiKey).</summary>
public sealed class SendGridOptions
{
    public const string Section = "Email:SendGrid";

    public string ApiKey { get; set; } = string.Empty;

    /// <summary>
    /// Where SendGrid's v3 API is: https://api.sendgrid.com, or https://api.eu.sendgrid.com for EU regional subusers
    /// (or a proxy, or a test listener). It becomes the package's <c>SendGridClientOptions.Host</c>, because
    /// <c>SendGridClient</c> ignores <see cref="HttpClient.BaseAddress"/>. A path is kept: https://proxy.example/sendgrid
    /// posts to https://proxy.example/sendgrid/v3/mail/send. A query string is not supported: the package appends "/"
    /// to the whole address, so the path before it would be lost.
    /// </summary>
    public Uri BaseAddress { get; set; } = new("https://api.sendgrid.com");

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Sends <c>mail_settings.sandbox_mode.enable</c>: SendGrid checks each request and answers 200 OK, delivering nothing
    /// and raising no webhook events. For staging only: the outbox marks such a message sent.
    /// </summary>
    public bool SandboxMode { get; set; }
}
