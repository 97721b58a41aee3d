using CoalitionBot.BotFramework.Connector;
using CoalitionBot.BotFramework.Schema;

namespace CoalitionBot.Conversations;

/// <summary>
/// Starts a new thread in a team's channel as Teams wants it: POST v3/conversations with the channel's id in
/// channelData, the tenant, and the first message in the body. Further messages become replies in that thread.
/// </summary>
public static class ChannelThreads
{
    /// <returns>The thread's conversation id ("channel;messageid=...").</returns>
    public static async Task<string> StartAsync(ConnectorClient connector, ChannelTarget target, IReadOnlyList<Activity> messages, CancellationToken cancellationToken)
    {
        var created = await connector.CreateConversationAsync(target.ServiceUrl, new ConversationParameters
        {
            IsGroup = true,
            ChannelData = new TeamsChannelData { Channel = new ChannelInfo { Id = target.ChannelId } },
            TenantId = target.TenantId,
            Activity = messages[0],
        }, cancellationToken);
        // Teams answers with the thread's id; a channel that only names the first message still identifies it.
        var threadId = created.Id ?? TeamsConversationId.ThreadOf(target.ChannelId, created.ActivityId ?? string.Empty);
        foreach (var message in messages.Skip(1))
            await connector.SendToConversationAsync(target.ServiceUrl, threadId, message with { Conversation = new ConversationAccount { Id = threadId } }, cancellationToken);
        return threadId;
    }
}

/// <summary>A channel of a team to post in: its Bot Connector, the channel's id (the team's id for General), and the tenant.</summary>
public sealed record ChannelTarget(string ServiceUrl, string ChannelId, string TenantId);
