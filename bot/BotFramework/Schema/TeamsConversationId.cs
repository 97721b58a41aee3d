namespace CoalitionBot.BotFramework.Schema;

/// <summary>Teams' conversation ids: a channel thread is the channel's id plus ";messageid=&lt;root message id&gt;".</summary>
public static class TeamsConversationId
{
    private const string ThreadSeparator = ";messageid=";

    /// <summary>The channel (or chat) a conversation id belongs to, without the thread part.</summary>
    public static string ChannelOf(string conversationId)
    {
        var separator = conversationId.IndexOf(ThreadSeparator, StringComparison.OrdinalIgnoreCase);
        return separator < 0 ? conversationId : conversationId[..separator];
    }

    /// <summary>The id that addresses a thread: posting to it replies in that thread.</summary>
    public static string ThreadOf(string channelId, string rootMessageId) => ChannelOf(channelId) + ThreadSeparator + rootMessageId;
}
