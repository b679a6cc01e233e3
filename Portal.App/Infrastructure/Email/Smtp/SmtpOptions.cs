namespace Portal.App.Infrastructure.Email.Smtp;

/// <summary>Configuration "Email:Smtp". Keep the password in a secret store or the environment (Email__Smtp__Password).</summary>
public sealed class SmtpOptions
{
    public const string Section = "Email:Smtp";

    public string Host { get; set; } = string.Empty;

    public int Port { get; set; } = 587;

    /// <summary>STARTTLS on connect. (System.Net.Mail cannot do implicit TLS, so port 465 is not supported: use 587.)</summary>
    public bool UseTls { get; set; } = true;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
