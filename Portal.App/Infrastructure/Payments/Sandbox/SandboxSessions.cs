using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Portal.App.Infrastructure.Payments.Sandbox;

/// <summary>The sandbox's sessions, by id and by idempotency key: the same key always gives the same session.</summary>
public sealed class SandboxSessions
{
    private readonly ConcurrentDictionary<string, SandboxSession> byKey = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SandboxSession> byId = new(StringComparer.Ordinal);

    public SandboxSession Open(PaymentSessionRequest request) => byKey.GetOrAdd(request.IdempotencyKey, _ =>
    {
        var session = new SandboxSession("sbx_cs_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12)), request);
        byId[session.Id] = session;
        return session;
    });

    public SandboxSession? Find(string? id) => id is not null && byId.TryGetValue(id, out var session) ? session : null;

    /// <summary>Completes a session once: the first caller's event wins, and every caller gets it back.</summary>
    public PaymentWebhookEvent Complete(SandboxSession session, Func<PaymentWebhookEvent> result)
    {
        lock (session)
        {
            return session.Result ??= result();
        }
    }
}
