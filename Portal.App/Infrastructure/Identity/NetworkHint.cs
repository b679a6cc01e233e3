using System.Net;

namespace Portal.App.Infrastructure.Identity;

/// <summary>
/// The most the portal keeps of a client's address: its network, an IPv4 /24 or an IPv6 /48 (the prefixes analytics
/// tools keep when they anonymise), enough to tell "at home" from "somewhere else" and not enough to name a device.
/// </summary>
public static class NetworkHint
{
    public static string? From(IPAddress? address)
    {
        if (address is null) return null;
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        var bytes = address.GetAddressBytes();
        var prefix = bytes.Length == 4 ? 24 : 48;
        for (var i = prefix / 8; i < bytes.Length; i++) bytes[i] = 0;
        return $"{new IPAddress(bytes)}/{prefix}";
    }
}
