namespace Portal.App.Infrastructure.Identity;

/// <summary>Authorization policy names: pages and services name these, never roles directly.</summary>
public static class PortalPolicies
{
    /// <summary>A signed-in parent: an account linked to a case participant.</summary>
    public const string Parent = "Parent";

    /// <summary>A caseworker or a supervisor.</summary>
    public const string Staff = "Staff";

    /// <summary>A supervisor only (the audit log).</summary>
    public const string Supervisor = "Supervisor";
}
