using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace CoalitionBot.LocalChannel;

/// <summary>Tells whoever started the bot where the chat page is, once the bot is ready to answer.</summary>
internal static partial class ChatPageAddress
{
    public static void Announce(WebApplication app)
    {
        if (Of(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? []) is { } address)
            LogReady(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("CoalitionBot.ChatPage"), address);
    }

    /// <summary>The page on this machine: the first http address the server listens on, with its host as localhost.</summary>
    public static string? Of(IEnumerable<string> serverAddresses)
    {
        var address = serverAddresses.Select(a => Uri.TryCreate(a.Replace("://+", "://localhost").Replace("://*", "://localhost"), UriKind.Absolute, out var uri) ? uri : null)
            .FirstOrDefault(uri => uri?.Scheme == Uri.UriSchemeHttp) ?? null;
        return address is null ? null : $"http://localhost:{address.Port}/";
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Open {Address} to chat")]
    private static partial void LogReady(ILogger logger, string address);
}
