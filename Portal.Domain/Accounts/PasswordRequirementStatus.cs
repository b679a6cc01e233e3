namespace Portal.Domain.Accounts;

public sealed record PasswordRequirementStatus(PasswordRequirement Requirement, bool Met);
