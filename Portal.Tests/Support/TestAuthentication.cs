using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.Tests.Support;

public static class TestAuthentication
{
    /// <summary>Makes a test's authentication handler the app's default scheme (in place of its cookie) for a test host.</summary>
    public static void UseAsDefault<THandler>(IServiceCollection services, string scheme) where THandler : AuthenticationHandler<AuthenticationSchemeOptions>
    {
        services.AddAuthentication(scheme).AddScheme<AuthenticationSchemeOptions, THandler>(scheme, _ => { });
        services.PostConfigure<AuthenticationOptions>(options =>
        {
            options.DefaultScheme = scheme;
            options.DefaultAuthenticateScheme = scheme;
            options.DefaultChallengeScheme = scheme;
        });
    }
}
