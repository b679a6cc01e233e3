using Portal.Domain.Cases;
using Portal.Domain.Messages;

namespace Portal.App.Features.Cases.Shared.Messages;

/// <summary>A whole thread as its reader may see it: a parent's never holds internal notes.</summary>
public sealed record ThreadView(ThreadSummary Summary, IReadOnlyList<MessageView> Messages)
{
    public Guid Id => Summary.Id;
    public CaseNumber CaseNumber => Summary.CaseNumber;
    public MessageTopic Topic => Summary.Topic;
    public string Subject => Summary.Subject;
}
