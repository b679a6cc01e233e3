namespace Portal.App.Infrastructure.Data.Seeding;

/// <summary>A seeded staff account. Role is "Caseworker" or "Supervisor".</summary>
public sealed record DemoStaff(string UserName, string Email, string Password, string DisplayName, string Role);
