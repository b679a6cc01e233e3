namespace Portal.App.Features.Staff.CaseView;

/// <summary>One "help a caller" action as the panel asks for it; <see cref="Pin"/> only for a PIN check.</summary>
public sealed record AccountSupportRequest(AccountSupportKind Kind, string AccountId, string Reason, string? Pin = null);
