using Portal.Domain.Cases;
using Portal.Domain.Messages;

namespace Portal.App.Features.Cases.Shared.Messages;

/// <summary>A thread as a list shows it, to a parent or in the caseworkers' inbox.</summary>
public sealed record ThreadSummary(
    Guid Id,
    CaseNumber CaseNumber,
    string OfficeCode,
    MessageTopic Topic,
    string Subject,
    MessageThreadStatus Status,
    string? AssignedToName,
    DateTimeOffset StartedAt,
    DateTimeOffset LastMessageAt,
    DateOnly? ReplyDueOn,
    bool IsLate,
    int ParentUnread);
