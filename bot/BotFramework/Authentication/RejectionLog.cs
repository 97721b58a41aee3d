using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Logging;

namespace CoalitionBot.BotFramework.Authentication;

/// <summary>
/// Warns about refused callers at most once a minute per reason, with how many were not logged in between: a flood of
/// forged tokens must not fill the log (or the Application Insights bill). Reasons are the bot's own fixed texts.
/// </summary>
internal sealed partial class RejectionLog(ILogger logger, TimeProvider time)
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, Window> windows = new(StringComparer.Ordinal);

    public void Rejected(string reason, IPAddress? remoteAddress, string? channelId)
    {
        var now = time.GetUtcNow();
        var logged = false;
        var suppressed = 0;
        windows.AddOrUpdate(reason,
            _ => { logged = true; return new Window(now, 0); },
            (_, window) =>
            {
                if (now - window.LoggedAt < Interval) { logged = false; return window with { Suppressed = window.Suppressed + 1 }; }
                (logged, suppressed) = (true, window.Suppressed);
                return new Window(now, 0);
            });
        if (logged) LogRejected(logger, reason, remoteAddress, LogSafe.Identifier(channelId), suppressed);
    }

    private sealed record Window(DateTimeOffset LoggedAt, int Suppressed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected inbound activity from {RemoteAddress} on channel {ChannelId}: {Reason} ({Suppressed} more for this reason since the last such line)")]
    private static partial void LogRejected(ILogger logger, string reason, IPAddress? remoteAddress, string channelId, int suppressed);
}
