using CoalitionBot.BotFramework;
using CoalitionBot.BotFramework.Connector;
using CoalitionBot.BotFramework.Schema;

namespace CoalitionBot.Coalitions;

/// <summary>
/// Sends a message to someone's 1:1 chat with the bot from another conversation: the chat known from earlier,
/// or a new one (Teams allows that when the person shares a team with the bot).
/// </summary>
public sealed class PersonalChats(ConversationReferenceStore references)
{
    /// <returns>False when Teams would not deliver it (the app is blocked or not available to the person).</returns>
    public async Task<bool> SendAsync(TurnContext turn, string userId, Activity message, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var known = await references.GetPersonalAsync(activity.ChannelId!, userId, cancellationToken);
        if (known is { ServiceUrl: { } knownUrl, Conversation.Id: { } knownId } && await TrySendAsync(turn.Connector, knownUrl, knownId, message, cancellationToken))
            return true;

        try
        {
            var created = await turn.Connector.CreatePersonalConversationAsync(activity.ServiceUrl!, activity.Recipient, userId, activity.GetTenantId(), cancellationToken);
            return await TrySendAsync(turn.Connector, activity.ServiceUrl!, created, message, cancellationToken);
        }
        catch (ConnectorException)
        {
            return false;
        }
    }

    private static async Task<bool> TrySendAsync(ConnectorClient connector, string serviceUrl, string conversationId, Activity message, CancellationToken cancellationToken)
    {
        try
        {
            await connector.SendToConversationAsync(serviceUrl, conversationId, message with { Conversation = new ConversationAccount { Id = conversationId } }, cancellationToken);
            return true;
        }
        catch (ConnectorException)
        {
            return false;
        }
    }
}
