namespace Portal.Domain.Accounts;

/// <summary>
/// The outcome of checking a password: every requirement the rules ask for, met or not, so a page can show a
/// live checklist as the user types.
/// </summary>
public sealed record PasswordCheck(IReadOnlyList<PasswordRequirementStatus> Requirements)
{
    public bool IsAcceptable => Requirements.All(r => r.Met);

    public IReadOnlyList<PasswordRequirement> Unmet => [.. Requirements.Where(r => !r.Met).Select(r => r.Requirement)];
}
