namespace Portal.App.Infrastructure.Email;

public enum OutboxStatus
{
    /// <summary>Waiting for its first or next attempt.</summary>
    Pending,
    /// <summary>A provider accepted it; its bodies have been erased.</summary>
    Sent,
    /// <summary>Rejected for good, or given up on after the last attempt.</summary>
    Failed,
}
