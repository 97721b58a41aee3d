using CoalitionBot.BotFramework.Schema;

namespace CoalitionBot.LocalChannel;

/// <summary>
/// Turns what the page posts into what a channel delivers: the sender the token speaks for, the bot as
/// recipient, the conversation as Teams describes it, and the channel's serviceUrl. Everything the
/// client put in (text, value, entities, locale, channelData such as clientActivityID) stays.
/// </summary>
internal static class ChannelActivities
{
    public static Activity FromUser(Activity posted, LocalSession session, LocalConversation conversation, Uri serviceUrl) => posted with
    {
        ChannelId = LocalTeam.ChannelId,
        ServiceUrl = serviceUrl.ToString(),
        From = session.User with { Role = "user" },
        Recipient = LocalTeam.Bot,
        Conversation = LocalTeam.Account(conversation),
        ChannelData = LocalTeam.ChannelData(conversation, posted.ChannelData),
        Locale = posted.Locale ?? session.Locale,
        ReplyToId = posted.ReplyToId ?? SubmittedCardId(posted, conversation),
    };

    /// <summary>A member joined: for a new 1:1 chat the bot and the member, for the team the bot (as when it is added to a team).</summary>
    public static Activity ConversationStarted(LocalSession session, LocalConversation conversation, Uri serviceUrl) => new()
    {
        Type = ActivityTypes.ConversationUpdate,
        ChannelId = LocalTeam.ChannelId,
        ServiceUrl = serviceUrl.ToString(),
        From = session.User with { Role = "user" },
        Recipient = LocalTeam.Bot,
        Conversation = LocalTeam.Account(conversation),
        ChannelData = LocalTeam.ChannelData(conversation, fromClient: null),
        Locale = session.Locale,
        MembersAdded = conversation.Kind == LocalConversationKind.Personal ? [LocalTeam.Bot, session.User] : [LocalTeam.Bot],
    };

    /// <summary>A member joined the team (Teams' teamMemberAdded), so the bot counts them in the coalition.</summary>
    public static Activity MemberJoined(LocalSession session, LocalConversation team, Uri serviceUrl) =>
        ConversationStarted(session, team, serviceUrl) with { MembersAdded = [session.User] };

    /// <summary>What the bot sent, as clients receive it: in this conversation and from the bot.</summary>
    public static Activity FromBot(Activity sent, LocalConversation conversation, string? replyToId) => sent with
    {
        Conversation = LocalTeam.Account(conversation),
        From = (sent.From ?? LocalTeam.Bot) with { Role = "bot" },
        ReplyToId = sent.ReplyToId ?? replyToId,
    };

    private static string? SubmittedCardId(Activity posted, LocalConversation conversation) =>
        posted.IsType(ActivityTypes.Message) && posted.Value is { } value ? SubmittedCardLookup.FindCardMessageId(conversation, value) : null;
}
