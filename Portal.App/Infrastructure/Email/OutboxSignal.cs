using Portal.App.Infrastructure.Background;

namespace Portal.App.Infrastructure.Email;

/// <summary>Wakes the dispatcher when new messages are committed, so a sign-in code leaves at once.</summary>
public sealed class OutboxSignal : WakeUpSignal;
