using System.Net;
using System.Text.Json.Nodes;
using CoalitionBot.Benchmarks.Channel;
using CoalitionBot.Benchmarks.Hosting;
using CoalitionBot.Benchmarks.Reporting;

namespace CoalitionBot.Benchmarks.Scenarios;

/// <summary>Posts one activity to the bot and hands back what the bot sent to that conversation; times it when recording.</summary>
public sealed class TurnDriver(BotProcess bot, ChannelService channel)
{
    /// <summary>Where turn latencies go; null during warm-up.</summary>
    public LatencyLog? Recording { get; set; }

    public async Task<IReadOnlyList<ChannelMessage>> TurnAsync(JsonObject activity)
    {
        var conversationId = activity["conversation"]!["id"]!.GetValue<string>();
        var (status, elapsed) = await bot.PostAsync(activity);
        var recording = Recording;
        if (status != HttpStatusCode.OK)
        {
            recording?.Fail();
            throw new UnexpectedReplyException($"The bot answered {(int)status} to a {activity["type"]}.");
        }
        recording?.Add(elapsed);
        // The bot sends its replies within the turn, so they are here when the post returns.
        return channel.TakeMessages(conversationId);
    }
}

/// <summary>The bot did not answer as a member expects (an error status, or no form, or no confirmation).</summary>
public sealed class UnexpectedReplyException(string message) : Exception(message);
