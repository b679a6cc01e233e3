using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Portal.Domain.Forms;

namespace Portal.App.Infrastructure.Payments.Sandbox;

/// <summary>
/// The stand-in processor for Development and tests: its hosted page is <see cref="SandboxPaymentPage"/> at
/// /payment-sandbox/{session}, it signs its webhooks with its own key and delivers them over HTTP to the portal
/// (<see cref="SandboxWebhookSender"/>), and its test numbers decide the outcome (<see cref="SandboxTestNumbers"/>).
/// </summary>
public sealed class SandboxPaymentProcessor(SandboxSessions sessions, IOptions<SandboxOptions> options) : IPaymentProcessor
{
    public const string PagePath = "/payment-sandbox";

    private readonly ConcurrentDictionary<string, BankDebitResult> debits = new(StringComparer.Ordinal);

    public string Name => "sandbox";

    public byte[] WebhookSigningKey { get; } = options.Value.SigningKey is { Length: > 0 } key ? Convert.FromBase64String(key) : RandomNumberGenerator.GetBytes(32);

    public Task<ProcessorSession> CreateSessionAsync(PaymentSessionRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var session = sessions.Open(request);
        // The page is on the portal's own host, as the return address says: the browser leaves the portal's pages for it.
        return Task.FromResult(new ProcessorSession(session.Id, new Uri(request.ReturnUrl, $"{PagePath}/{session.Id}")));
    }

    public Task<BankDebitResult> DebitAsync(BankDebitRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var account = BankAccountNumber.Tidy(request.AccountNumber);
        // Idempotent by key, as a real processor is: a retried call gets the first answer, never a second debit.
        return Task.FromResult(debits.GetOrAdd(request.IdempotencyKey, _ => SandboxTestNumbers.ForBankAccount(account) switch
        {
            SandboxOutcome.Declined => new BankDebitResult.Declined("account_closed"),
            SandboxOutcome.Failed => new BankDebitResult.Failed("insufficient_funds"),
            _ => new BankDebitResult.Submitted(Reference(), BankAccountNumber.Last4(account)),
        }));
    }

    /// <summary>A processor reference, as the case system will post the payment under it.</summary>
    public static string Reference() => "SBX" + Convert.ToHexString(RandomNumberGenerator.GetBytes(8));
}
