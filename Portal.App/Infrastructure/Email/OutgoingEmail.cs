namespace Portal.App.Infrastructure.Email;

/// <summary>
/// One rendered message as a provider receives it. <see cref="Id"/> is the outbox row's id and stays the same
/// on every attempt, so a repeated attempt carries the same Message-ID (mail systems recognise the copy) and
/// the pickup provider writes the same file.
/// </summary>
public sealed record OutgoingEmail(Guid Id, string ToAddress, string? ToName, string Subject, string HtmlBody, string TextBody, string Kind)
{
    /// <summary>The RFC 5322 Message-ID for every attempt: mail systems drop a second copy with an id they already hold.</summary>
    public string MessageId(string domain) => $"<{Id:N}@{domain}>";

    /// <summary>The recipient's domain: the most of the address that may appear in a log.</summary>
    public string RecipientDomain => ToAddress.LastIndexOf('@') is var at and >= 0 ? ToAddress[(at + 1)..] : "(no domain)";
}
