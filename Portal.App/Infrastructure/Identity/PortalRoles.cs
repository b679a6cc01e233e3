namespace Portal.App.Infrastructure.Identity;

/// <summary>Staff roles. Parents have no role: what they may see follows from the cases they are on.</summary>
public static class PortalRoles
{
    public const string Caseworker = "Caseworker";
    public const string Supervisor = "Supervisor";

    public static readonly IReadOnlyList<string> All = [Caseworker, Supervisor];
}
