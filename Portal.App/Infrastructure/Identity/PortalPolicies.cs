namespace Portal.App.Infrastructure.Identity;

/// <summary>Authorization policy names: pages and services name these, never roles directly.</summary>
public static class PortalPolicies
{
    /// <summary>A signed-in parent: an account linked to a case participant.</summary>
    public const string Parent = "Parent";

    /// <summary>
    /// Someone applying for services: an account with no case (no person id) and no staff role. It reaches the
    /// application, its profile and a dashboard that says there is no case yet; once a case is linked it is a parent's.
    /// </summary>
    public const string Applicant = "Applicant";

    /// <summary>A parent or an applicant: the pages every non-staff account has (the dashboard).</summary>
    public const string Customer = "Customer";

    /// <summary>A caseworker or a supervisor.</summary>
    public const string Staff = "Staff";

    /// <summary>A supervisor only (the audit log).</summary>
    public const string Supervisor = "Supervisor";
}
