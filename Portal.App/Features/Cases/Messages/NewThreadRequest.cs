using Portal.Domain.Messages;

namespace Portal.App.Features.Cases.Messages;

/// <summary>What a parent writes to start a thread; the case number is as the browser sent it, the attachments are ids of their own documents on that case.</summary>
public sealed record NewThreadRequest(string? CaseNumber, MessageTopic? Topic, string? Subject, string? Body, IReadOnlyList<Guid>? Attachments = null);
