using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Minzheng.Platform.Configuration;

namespace Minzheng.Platform.Http;

/// <summary>
/// Which proxies' <c>X-Forwarded-Proto</c> and <c>X-Forwarded-For</c> the host believes: loopback (nginx on the same
/// machine) and the addresses or networks in <c>Minzheng:TrustedProxies</c> (<c>10.0.0.5</c>, <c>10.0.0.0/24</c>). Any other
/// sender's forwarded headers are ignored, so a client cannot claim HTTPS or another address.
/// </summary>
internal static class TrustedProxies
{
    public static ForwardedHeadersOptions Options(IEnumerable<string> entries)
    {
        var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
        foreach (var entry in entries.Select(e => e.Trim()).Where(e => e.Length > 0))
        {
            if (entry.Contains('/'))
            {
                if (!System.Net.IPNetwork.TryParse(entry, out var network)) throw new ConfigurationProblem($"Minzheng:TrustedProxies: '{entry}' is not a network (write it as 10.0.0.0/24).");
                options.KnownIPNetworks.Add(network);
            }
            else if (IPAddress.TryParse(entry, out var address))
            {
                options.KnownProxies.Add(address);
            }
            else
            {
                throw new ConfigurationProblem($"Minzheng:TrustedProxies: '{entry}' is not an IP address or network.");
            }
        }
        return options;
    }
}
