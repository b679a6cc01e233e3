namespace Portal.App.Features.Cases.Shared.Payments;

/// <summary>A processor webhook event already recorded, by its id: the same event again is a replay and is refused.</summary>
public sealed class ProcessedWebhookEvent(string id, DateTimeOffset receivedAt)
{
    public const int IdMaxLength = 100;

    public string Id { get; private set; } = id;
    public DateTimeOffset ReceivedAt { get; private set; } = receivedAt;
}
