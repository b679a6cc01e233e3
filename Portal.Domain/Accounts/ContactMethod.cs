namespace Portal.Domain.Accounts;

/// <summary>How a parent prefers the agency to reach them.</summary>
public enum ContactMethod
{
    Email = 1,
    Phone = 2,
    Mail = 3,
    Text = 4,
}
