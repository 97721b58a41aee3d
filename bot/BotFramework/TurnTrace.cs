using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace CoalitionBot.BotFramework;

/// <summary>
/// One trace per turn, so that every log line of a turn carries the same operation id in Application Insights, which
/// takes it from the trace id. That is the inbound activity's id where it fits a W3C trace id (Teams' message ids are
/// digits: zero-padded to 32 characters), else the first half of its SHA-256, so the operator can still compute it.
/// </summary>
public static class TurnTrace
{
    public const string Name = "BotTurn";

    /// <summary>Starts the turn's trace (the current <see cref="Activity"/> until disposed); null without an activity id.</summary>
    public static Activity? Start(string? activityId)
    {
        if (string.IsNullOrEmpty(activityId)) return null;
        var trace = new Activity(Name);
        trace.SetParentId(TraceIdOf(activityId), ActivitySpanId.CreateRandom(), ActivityTraceFlags.Recorded);
        return trace.Start();
    }

    public static ActivityTraceId TraceIdOf(string activityId)
    {
        var hex = activityId.Replace("-", "", StringComparison.Ordinal).ToLowerInvariant();
        // An all-zero trace id is invalid in W3C trace context.
        if (hex.Length is > 0 and <= 32 && hex.All(char.IsAsciiHexDigitLower) && hex.Any(c => c != '0'))
            return ActivityTraceId.CreateFromString(hex.PadLeft(32, '0'));
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(activityId), hash);
        return ActivityTraceId.CreateFromBytes(hash[..16]);
    }
}
