namespace CoalitionBot.LocalChannel;

/// <summary>The two places a member meets the bot in Teams, as the chat page offers them.</summary>
public enum LocalConversationKind
{
    /// <summary>A 1:1 chat between one member and the bot (Teams' conversation type <c>personal</c>).</summary>
    Personal,

    /// <summary>The coalition's team channel, shared by every simulated member (conversation type <c>channel</c>).</summary>
    Channel,
}
