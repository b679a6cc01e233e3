using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Portal.App.Infrastructure.Web;

public static class CircuitProtectionExtensions
{
    /// <summary>
    /// Limits on live circuits per client and account, a rate limit on starting them, the allowed page origins
    /// (<see cref="CircuitProtectionOptions"/>), and the framework's dropped-circuit retention sized from them.
    /// </summary>
    public static IServiceCollection AddCircuitProtection(this IServiceCollection services)
    {
        services.AddOptions<CircuitProtectionOptions>().BindConfiguration(CircuitProtectionOptions.Section).ValidateDataAnnotations()
            .Validate(o => !o.InvalidOrigins().Any(), $"{CircuitProtectionOptions.Section}:AllowedOrigins: every entry must be an origin such as https://portal.example.gov (scheme and host, no path or trailing slash)")
            .ValidateOnStart();
        services.AddSingleton<CircuitConnectionCounter>();
        services.AddOptions<CircuitOptions>().Configure<IOptions<CircuitProtectionOptions>>((circuits, limits) =>
        {
            circuits.DisconnectedCircuitMaxRetained = limits.Value.DisconnectedCircuitMaxRetained;
            circuits.DisconnectedCircuitRetentionPeriod = limits.Value.DisconnectedCircuitRetentionPeriod;
        });
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<CircuitProtectionOptions>>((rates, limits) =>
        {
            var starts = limits.Value;
            rates.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            rates.OnRejected = (rejected, _) =>
            {
                CircuitGuardMiddleware.Answer(rejected.HttpContext, StatusCodes.Status429TooManyRequests);
                return ValueTask.CompletedTask;
            };
            // Only circuit connection starts are limited here; every other request goes through untouched.
            rates.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => CircuitGuardMiddleware.IsConnectionStart(context)
                ? RateLimitPartition.GetFixedWindowLimiter(CircuitGuardMiddleware.ClientAddressOf(context), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = starts.ConnectionStartsPerAddress,
                    Window = starts.ConnectionStartWindow,
                    QueueLimit = 0,
                })
                : RateLimitPartition.GetNoLimiter(string.Empty));
        });
        return services;
    }

    /// <summary>After authentication, so the account limit knows who is signed in.</summary>
    public static IApplicationBuilder UseCircuitProtection(this IApplicationBuilder app) =>
        app.UseRateLimiter().UseMiddleware<CircuitGuardMiddleware>();
}
