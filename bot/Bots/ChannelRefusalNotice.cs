using System.Net;
using CoalitionBot.BotFramework;
using CoalitionBot.BotFramework.Connector;
using CoalitionBot.BotFramework.Schema;
using CoalitionBot.Resources;

namespace CoalitionBot.Bots;

/// <summary>
/// When Teams refused one of a turn's calls, tells the person where a reply is still possible: an invoke in its response,
/// a refusal in a channel or group chat in their 1:1 chat, a refusal in their 1:1 chat in the conversation they asked in.
/// A 1:1 chat that is itself gone (403/404) leaves nowhere; the adapter's log line is all there is.
/// </summary>
public static class ChannelRefusalNotice
{
    public static async Task TellAsync(TurnContext turn, ConnectorException refusal, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var shared = activity.Conversation?.IsShared == true;
        var refusedHere = refusal.ConversationId is { } refused && refused == activity.Conversation?.Id;
        // Refused elsewhere: the other kind of conversation than this one (the sender's 1:1 chat, or a channel asked for from it).
        var text = Text(refusal, refusedInShared: refusedHere ? shared : !shared);

        if (activity.IsType(ActivityTypes.Invoke))
            turn.InvokeResponse = InvokeResponses.Message(text);
        else if (!activity.IsType(ActivityTypes.Message))
            return; // an event nobody asked for: nobody to tell
        else if (refusedHere && shared)
            await turn.SendTextAsync(text, Audience.Sender, cancellationToken); // their 1:1 chat, when Teams opens it
        else if (!(refusedHere && refusal.IsConversationUnreachable))
            await turn.SendTextAsync(text, Audience.Conversation, cancellationToken); // names no one and no answer
    }

    private static string Text(ConnectorException refusal, bool refusedInShared) => refusal switch
    {
        { IsConversationUnreachable: true } => refusedInShared ? Strings.ChannelRefusedSharedConversation : Strings.ChannelRefusedPersonalChat,
        { StatusCode: HttpStatusCode.RequestEntityTooLarge } => Strings.ChannelRefusedTooLarge,
        { IsNoAnswer: true } or { StatusCode: HttpStatusCode.TooManyRequests } or { StatusCode: >= HttpStatusCode.InternalServerError } => Strings.ChannelRefusedBusy,
        _ => Strings.ChannelRefusedOther,
    };
}
