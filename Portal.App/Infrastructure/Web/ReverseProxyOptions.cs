using System.Net;

namespace Portal.App.Infrastructure.Web;

/// <summary>
/// Configuration "ReverseProxy": the proxies in front of the portal whose X-Forwarded-For and X-Forwarded-Proto are
/// believed. Empty (the default): the portal is reached directly and those headers are ignored, so nobody can choose
/// the address the per-client limits and the loopback-only endpoints see.
/// </summary>
public sealed class ReverseProxyOptions
{
    public const string Section = "ReverseProxy";

    /// <summary>The proxies' addresses, e.g. "10.0.0.5".</summary>
    public IList<string> KnownProxies { get; } = [];

    /// <summary>The proxies' networks in CIDR notation, e.g. "10.0.0.0/24".</summary>
    public IList<string> KnownNetworks { get; } = [];

    public bool IsConfigured => KnownProxies.Count > 0 || KnownNetworks.Count > 0;

    /// <summary>The entries that are not an address or a network, for the start-up check.</summary>
    public IEnumerable<string> Invalid() =>
        KnownProxies.Where(p => !IPAddress.TryParse(p, out _)).Concat(KnownNetworks.Where(n => !IPNetwork.TryParse(n, out _)));
}
