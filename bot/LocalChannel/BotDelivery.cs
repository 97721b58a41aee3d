using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using CoalitionBot.BotFramework.Hosting;
using CoalitionBot.BotFramework.Schema;

namespace CoalitionBot.LocalChannel;

/// <summary>
/// Hands an activity to the bot the way a channel does: an HTTP POST to its /api/messages, here over
/// loopback to the very socket the page's request came in on, so the bot sees an ordinary unauthenticated
/// local caller and no special case exists in its logic.
/// </summary>
internal sealed partial class BotDelivery(HttpClient httpClient, ILogger<BotDelivery> logger)
{
    /// <summary>The bot's own base address as this request reached it, e.g. http://127.0.0.1:3978/ — also the local channel's serviceUrl.</summary>
    public static Uri OwnBaseAddress(HttpContext http)
    {
        var address = http.Connection.LocalIpAddress ?? IPAddress.Loopback;
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        var host = address.AddressFamily == AddressFamily.InterNetworkV6 ? $"[{address}]" : address.ToString();
        return new Uri($"{http.Request.Scheme}://{host}:{http.Connection.LocalPort}{http.Request.PathBase}/");
    }

    /// <summary>
    /// True when the bot took the activity (2xx); false when it refused, failed or could not be reached. The request names
    /// <paramref name="pageHost"/> (the host the page was opened on, e.g. localhost:3978) as its Host, as a channel names the
    /// bot's public host, so the links the bot hands out open in the member's browser.
    /// </summary>
    public async Task<bool> TryDeliverAsync(Uri botBaseAddress, HostString pageHost, Activity activity, CancellationToken cancellationToken)
    {
        var endpoint = new Uri(botBaseAddress, BotFrameworkHostingExtensions.MessagesPath.TrimStart('/'));
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
            {
                Content = JsonContent.Create(activity, LocalChannelJsonContext.Default.Activity),
            };
            if (pageHost.HasValue) request.Headers.Host = pageHost.Value;
            using var response = await httpClient.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode) LogRefused(logger, activity.Type, (int)response.StatusCode);
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException ex)
        {
            LogUnreachable(logger, ex, endpoint);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The bot answered a local {ActivityType} activity with HTTP {Status}")]
    private static partial void LogRefused(ILogger logger, string? activityType, int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The local channel could not reach the bot at {Endpoint}")]
    private static partial void LogUnreachable(ILogger logger, Exception exception, Uri endpoint);
}
