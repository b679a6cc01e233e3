using Portal.Domain.Cases;

namespace Portal.App.Features.Accounts.Recovery;

/// <summary>What the first step of "Forgot username" or "Forgot password" found valid: an email and, for a password, a case number.</summary>
public sealed record AccountLookup(string Email, CaseNumber? CaseNumber);
