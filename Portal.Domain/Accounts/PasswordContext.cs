namespace Portal.Domain.Accounts;

/// <summary>What is known about the person choosing a password, so it cannot be built from it.</summary>
public sealed record PasswordContext(string? UserName, string? CaseNumber, IReadOnlyList<string> Names)
{
    public static PasswordContext None { get; } = new(null, null, []);
}
