using System.Net;

namespace CoalitionBot.BotFramework.Authentication;

/// <summary>Whether a caller or an address is this machine.</summary>
internal static class LoopbackAddress
{
    /// <summary>True for 127.0.0.0/8, ::1 and their IPv4-mapped IPv6 forms; false when unknown.</summary>
    public static bool IsLoopback(IPAddress? address)
    {
        if (address is null) return false;
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        return IPAddress.IsLoopback(address);
    }

    /// <summary>Plain HTTP is tolerated only for addresses that never leave this machine (tests, local tools).</summary>
    public static bool AllowsPlainHttp(Uri address) =>
        address.Scheme == Uri.UriSchemeHttps || (address.Scheme == Uri.UriSchemeHttp && address.IsLoopback);
}
