using Portal.Domain.Accounts;
using Portal.App.Features.Accounts.Registration;
using Portal.App.Platform.Session;

namespace Portal.App.Features.Accounts.Shared;

/// <summary>One chosen security question and the answer typed for it.</summary>
public sealed record SecurityAnswerEntry(SecurityQuestion Question, string? Answer);
