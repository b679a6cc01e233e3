namespace Portal.App.Features.Cases.Shared.Messages;

/// <summary>Something changed in a thread: ids only, the receivers read what they may see.</summary>
public sealed record MessageUpdate(Guid ThreadId, string ParentUserId);
