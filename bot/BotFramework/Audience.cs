namespace CoalitionBot.BotFramework;

/// <summary>
/// Who may see a reply. <see cref="Sender"/> is the default of every send on <see cref="TurnContext"/>: such a reply
/// never enters a shared conversation (a channel or group chat) but goes to the sender's 1:1 chat with the bot. Only a
/// reply that anyone in the conversation may read says <see cref="Conversation"/>.
/// </summary>
public enum Audience
{
    /// <summary>The person who wrote, alone: in their 1:1 chat with the bot.</summary>
    Sender,

    /// <summary>Everyone in the conversation the activity came from.</summary>
    Conversation,
}
