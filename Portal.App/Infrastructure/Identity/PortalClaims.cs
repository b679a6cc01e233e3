namespace Portal.App.Infrastructure.Identity;

/// <summary>Claims the portal adds to a signed-in account, besides Identity's own (id, name, roles, security stamp).</summary>
public static class PortalClaims
{
    /// <summary>The case system's person id of a parent's account; absent for staff. A parent sees the cases this person is on.</summary>
    public const string PersonId = "portal:person_id";

    /// <summary>When this sign-in began (UTC, round-trip format): the absolute session lifetime counts from it.</summary>
    public const string SignedInAt = "portal:signed_in_at";

    /// <summary>This sign-in's session secret: the server keeps its hash (<see cref="PortalSession"/>) and can end it.</summary>
    public const string SessionId = "portal:session";
}
