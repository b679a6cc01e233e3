using Portal.Domain.Accounts;

namespace Portal.App.Features.Accounts.Shared;

/// <summary>One chosen security question and the answer typed for it.</summary>
public sealed record SecurityAnswerEntry(SecurityQuestion Question, string? Answer);
