namespace CoalitionBot.BotFramework.Schema;

/// <summary>Everything needed to message a conversation later (proactive messages).</summary>
public sealed record ConversationReference
{
    public string? ActivityId { get; init; }
    public ChannelAccount? User { get; init; }
    public ChannelAccount? Bot { get; init; }
    public ConversationAccount? Conversation { get; init; }
    public string? ChannelId { get; init; }
    public string? ServiceUrl { get; init; }
    public string? Locale { get; init; }

    /// <summary>A new outgoing message into the referenced conversation.</summary>
    public Activity CreateMessage(string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        From = Bot,
        Recipient = User,
        Conversation = Conversation,
        Locale = Locale,
        Text = text,
    };
}
