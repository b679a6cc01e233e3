using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Portal.App.Infrastructure.Data;
using Portal.Domain.Accounts;

using Portal.App.Infrastructure.Security;

namespace Portal.App.Infrastructure.Identity;

public static class IdentityServiceCollectionExtensions
{
    /// <summary>Accounts, the password policy, the sign-in cookie, session lifetimes and the authorization policies.</summary>
    public static IHostApplicationBuilder AddPortalIdentity(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;

        // Sign-in accepts a user name or an email, so both must be unique.
        services.AddIdentityCore<PortalUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Stores.SchemaVersion = IdentitySchemaVersions.Version3; // passkeys (AspNetUserPasskeys)
                options.SignIn.RequireConfirmedAccount = true; // see ActivatedAccountConfirmation
                // The rules are PasswordPolicy's alone (PolicyPasswordValidator): Identity adds none of its own.
                options.Password.RequiredLength = 1;
                options.Password.RequiredUniqueChars = 1;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<PortalDbContext>()
            .AddSignInManager<PortalSignInManager>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<PortalClaimsPrincipalFactory>()
            .AddPasswordValidator<PolicyPasswordValidator>();
        services.AddScoped<IUserConfirmation<PortalUser>, ActivatedAccountConfirmation>();
        services.TryAddScoped<IPasskeyHandler<PortalUser>, PasskeyHandler<PortalUser>>();
        services.AddOptions<PasskeyOptions>().BindConfiguration(PasskeyOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<IdentityPasskeyOptions>().Configure<IOptions<PasskeyOptions>>((identity, passkeys) => PasskeySettings.Apply(identity, passkeys.Value));
        services.AddScoped<AuthenticatorCodeVerifier>(); // in place of Identity's authenticator token provider: each code works once
        // PBKDF2 with HMAC-SHA512: at least 210,000 iterations (OWASP); also hashes security answers and phone PINs.
        // A hash made with fewer iterations verifies, and UserManager re-hashes it at that sign-in.
        services.Configure<PasswordHasherOptions>(options => options.IterationCount = 210_000);

        services.AddOptions<PasswordPolicyOptions>().BindConfiguration(PasswordPolicyOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<PasswordPolicyOptions>, PasswordPolicyOptionsValidator>();
        services.AddSingleton(sp => new PasswordPolicy(sp.GetRequiredService<IOptions<PasswordPolicyOptions>>().Value.ToRules(), CommonPasswords.Bundled));

        // The session cookie and antiforgery tokens are protected by Data Protection: its keys outlive a restart and are
        // shared by the instances (PortalDataProtection).
        builder.AddPortalDataProtection();

        services.AddOptions<PortalSessionOptions>().BindConfiguration(PortalSessionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var session = builder.Configuration.GetSection(PortalSessionOptions.Section).Get<PortalSessionOptions>() ?? new();
        var development = builder.Environment.IsDevelopment();

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = SessionCookie.NameFor(builder.Environment);
            options.Cookie.Path = "/"; // the __Host- prefix requires it
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax; // Strict would drop the session when a person follows a link from their email
            options.Cookie.SecurePolicy = development ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            options.ExpireTimeSpan = session.IdleTimeout;
            options.SlidingExpiration = true;
            options.LoginPath = "/signin";
            options.LogoutPath = "/signout";
            options.AccessDeniedPath = "/access-denied";
            options.ReturnUrlParameter = "returnUrl";
            options.Events.OnValidatePrincipal = ValidateSessionAsync;
        });
        services.Configure<SecurityStampValidatorOptions>(options =>
        {
            options.ValidationInterval = session.RevalidationInterval;
            // The validator rebuilds the principal from the database: keep when this sign-in began and which stored session it is.
            options.OnRefreshingPrincipal = context =>
            {
                KeepSessionClaims(context.CurrentPrincipal, context.NewPrincipal);
                return Task.CompletedTask;
            };
        });
        services.AddSingleton<IPostConfigureOptions<SecurityStampValidatorOptions>, SecurityStampTimeProvider>();

        services.AddSingleton<SessionRegistry>();

        services.AddAuthorization(options => options.AddPortalPolicies());
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, PortalAuthenticationStateProvider>();
        return builder;
    }

    // Ends a cookie session past its absolute lifetime or ended on the server (signed out, even from a copy of the
    // cookie; a reset password, a lockout, disabled access), then lets Identity check the security stamp.
    private static async Task ValidateSessionAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var session = services.GetRequiredService<IOptions<PortalSessionOptions>>().Value;
        if (context.Principal is null || !SessionValidity.WithinAbsoluteLifetime(context.Principal, session, services.GetRequiredService<TimeProvider>())
            || !await services.GetRequiredService<SessionRegistry>().IsActiveAsync(context.Principal, recordActivity: true, useCache: true, context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }
        // An applicant's account becomes a parent's when a case is linked to it: its claims are refreshed on its next request
        // rather than after the interval, so the case's pages open at once (one lookup per request, for applicants only).
        if (PortalAuthorizationPolicies.IsApplicant(context.Principal) && await LinkedPrincipalAsync(services, context.Principal) is { } linked)
        {
            context.ReplacePrincipal(linked);
            context.ShouldRenew = true;
            return;
        }
        // Identity checks the stamp once per ValidationInterval (its own rule); until then its validator would be built for nothing.
        var stamps = services.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value;
        if (context.Properties.IssuedUtc is { } issued && stamps.TimeProvider!.GetUtcNow() - issued <= stamps.ValidationInterval) return;
        // The validator (a SignInManager, a UserManager, a DbContext) in a scope of its own, released once it has checked:
        // a circuit's WebSocket request keeps its request services for as long as the circuit lives.
        await using var scope = services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ISecurityStampValidator>().ValidateAsync(context);
    }

    // The account's principal rebuilt when it now has a person id and the same security stamp; null otherwise.
    private static async Task<System.Security.Claims.ClaimsPrincipal?> LinkedPrincipalAsync(IServiceProvider services, System.Security.Claims.ClaimsPrincipal current)
    {
        await using var scope = services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = await users.GetUserAsync(current);
        var stampClaim = scope.ServiceProvider.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
        if (user?.PersonId is null || current.FindFirst(stampClaim)?.Value != await users.GetSecurityStampAsync(user)) return null;
        var principal = await scope.ServiceProvider.GetRequiredService<SignInManager<PortalUser>>().CreateUserPrincipalAsync(user);
        KeepSessionClaims(current, principal);
        return principal;
    }

    // A principal rebuilt from the database keeps when this sign-in began and which stored session it is.
    private static void KeepSessionClaims(System.Security.Claims.ClaimsPrincipal? current, System.Security.Claims.ClaimsPrincipal? next)
    {
        if (next?.Identity is not System.Security.Claims.ClaimsIdentity identity) return;
        foreach (var type in new[] { PortalClaims.SignedInAt, PortalClaims.SessionId })
        {
            if (current?.FindFirst(type) is { } claim) identity.AddClaim(new System.Security.Claims.Claim(type, claim.Value));
        }
    }
}
