using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using IPNetwork = System.Net.IPNetwork;
using Microsoft.Extensions.Options;

namespace Portal.App.Infrastructure.Web;

public static class ReverseProxyExtensions
{
    /// <summary>Believes the forwarded client address and scheme from the configured proxies only (<see cref="ReverseProxyOptions"/>).</summary>
    public static IServiceCollection AddReverseProxySupport(this IServiceCollection services)
    {
        services.AddOptions<ReverseProxyOptions>().BindConfiguration(ReverseProxyOptions.Section)
            .Validate(o => !o.Invalid().Any(), $"{ReverseProxyOptions.Section}: every KnownProxies entry must be an IP address and every KnownNetworks entry a network such as 10.0.0.0/24")
            .ValidateOnStart();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ReverseProxyOptions>>((forwarded, proxies) =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // The framework believes loopback by default; here only what is configured counts.
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var proxy in proxies.Value.KnownProxies) forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            foreach (var network in proxies.Value.KnownNetworks) forwarded.KnownIPNetworks.Add(IPNetwork.Parse(network));
        });
        return services;
    }

    /// <summary>First in the pipeline, so everything after it sees the browser's address and scheme; nothing when no proxy is configured.</summary>
    public static IApplicationBuilder UseReverseProxySupport(this IApplicationBuilder app) =>
        app.ApplicationServices.GetRequiredService<IOptions<ReverseProxyOptions>>().Value.IsConfigured ? app.UseForwardedHeaders() : app;
}
