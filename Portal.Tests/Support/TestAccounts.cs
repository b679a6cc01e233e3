using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Infrastructure.Identity;

namespace Portal.Tests.Support;

/// <summary>Accounts a test needs, made through Identity the way activation leaves them (email verified, activated).</summary>
public static class TestAccounts
{
    public const string Password = "Juniper#Trail58";

    // Every test account has the same password: its PBKDF2 hash (the app's 210,000 iterations, a quarter of a second of
    // a core) is worked out once and given to each, not again per account. Signing in still checks it the real way.
    private static readonly Lazy<string> PasswordHash = new(() =>
        new PasswordHasher<PortalUser>(Microsoft.Extensions.Options.Options.Create(new PasswordHasherOptions { IterationCount = 210_000 })).HashPassword(new PortalUser(), Password));

    public static async Task<PortalUser> CreateActivatedAsync(IServiceProvider services, string userName, string? personId = null, string? role = null)
    {
        using var scope = services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = new PortalUser
        {
            UserName = userName,
            Email = $"{userName}@example.net",
            EmailConfirmed = true,
            DisplayName = "Test " + userName,
            PersonId = personId,
            CreatedAt = DateTimeOffset.UtcNow,
            ActivatedAt = DateTimeOffset.UtcNow,
            PasswordHash = PasswordHash.Value,
        };
        var created = await users.CreateAsync(user);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        if (role is not null) Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        return user;
    }

    /// <summary>
    /// Turns on an authenticator app as the account security page leaves it (Identity's key, two-factor on, ten recovery
    /// codes), through the store so the security stamp stays; returns the key, for <see cref="Totp"/>.
    /// </summary>
    public static async Task<string> TurnOnAuthenticatorAsync(IServiceProvider services, string userName)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = (await users.FindByNameAsync(userName))!;
        Assert.True((await users.ResetAuthenticatorKeyAsync(user)).Succeeded);
        Assert.True((await users.SetTwoFactorEnabledAsync(user, true)).Succeeded);
        await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10);
        return (await users.GetAuthenticatorKeyAsync(user))!;
    }

    public static async Task<PortalUser> FindAsync(IServiceProvider services, string userName)
    {
        using var scope = services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByNameAsync(userName))!;
    }
}
