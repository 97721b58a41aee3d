using System.Globalization;
using System.Text.Json;
using CoalitionBot.BotFramework.Connector;
using CoalitionBot.BotFramework.Schema;

namespace CoalitionBot.BotFramework;

/// <summary>
/// One turn: the inbound activity, what the bot needs to know about it, and the ways to answer.
/// Everything goes out through the connector of the activity's serviceUrl.
/// </summary>
public sealed class TurnContext(Activity activity, ConnectorClient connector)
{
    public Activity Activity { get; } = activity;

    /// <summary>The message text with the bot's @mention removed and trimmed ("" when there is none).</summary>
    public string Text { get; } = MentionText.RemoveRecipientMention(activity);

    /// <summary>The language to answer in: nl-NL unless the user's client is English. The bot may change it.</summary>
    public CultureInfo Culture { get; set; } = BotCultures.FromLocale(activity.Locale);

    /// <summary>What an invoke activity answers over HTTP; null for other activities.</summary>
    public InvokeResponse? InvokeResponse { get; set; }

    /// <summary>True once the bot has sent something in this turn.</summary>
    public bool Responded { get; private set; }

    public ConnectorClient Connector { get; } = connector;

    /// <summary>The bot's own public base address (as the channel reached it), for links the bot hands out.</summary>
    public Uri? BotUrl { get; init; }

    /// <summary>Cancelled when the turn's replies have taken too long (see ConnectorRetryOptions.ReplyTimeout).</summary>
    public CancellationToken ReplyDeadline { get; init; }

    /// <summary>Sends an activity into this conversation; as a reply when it carries a replyToId.</summary>
    public async Task<ResourceResponse> SendActivityAsync(Activity outgoing, CancellationToken cancellationToken)
    {
        outgoing = Address(outgoing);
        var serviceUrl = outgoing.ServiceUrl!;
        var conversationId = outgoing.Conversation?.Id ?? throw new InvalidOperationException("The activity has no conversation to answer in.");
        var response = await ReplyAsync(token => string.IsNullOrEmpty(outgoing.ReplyToId)
            ? Connector.SendToConversationAsync(serviceUrl, conversationId, outgoing, token)
            : Connector.ReplyToActivityAsync(serviceUrl, conversationId, outgoing.ReplyToId, outgoing, token), cancellationToken);
        Responded = true;
        return response;
    }

    public Task<ResourceResponse> SendTextAsync(string text, CancellationToken cancellationToken) =>
        SendActivityAsync(Activity.CreateReply(text) with { Locale = Culture.Name }, cancellationToken);

    /// <summary>Sends an Adaptive Card on its own (Teams splits text+card messages, losing the id needed to update it).</summary>
    public Task<ResourceResponse> SendCardAsync(JsonElement card, CancellationToken cancellationToken) =>
        SendActivityAsync(Activity.CreateReply() with { Locale = Culture.Name, Attachments = [Attachment.AdaptiveCard(card)] }, cancellationToken);

    /// <summary>A message with the card, in the turn's language, for a conversation other than this one.</summary>
    public Activity CardMessage(JsonElement card) => new() { Type = ActivityTypes.Message, Locale = Culture.Name, Attachments = [Attachment.AdaptiveCard(card)] };

    /// <summary>Replaces an earlier message of the bot (for example a submitted form) in this conversation.</summary>
    public async Task<ResourceResponse> UpdateActivityAsync(string activityId, Activity replacement, CancellationToken cancellationToken)
    {
        replacement = Address(replacement) with { Id = activityId, ReplyToId = null };
        var response = await ReplyAsync(token => Connector.UpdateActivityAsync(replacement.ServiceUrl!, replacement.Conversation!.Id!, activityId, replacement, token), cancellationToken);
        Responded = true;
        return response;
    }

    /// <summary>
    /// One connector call within the turn's <see cref="ReplyDeadline"/>. A channel that is too slow for it becomes a
    /// <see cref="ConnectorException"/>, like one that refuses or cannot be reached: the turn ends without telling the user again.
    /// </summary>
    private async Task<ResourceResponse> ReplyAsync(Func<CancellationToken, Task<ResourceResponse>> call, CancellationToken cancellationToken)
    {
        using var both = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, ReplyDeadline);
        try
        {
            return await call(both.Token);
        }
        catch (OperationCanceledException e) when (ReplyDeadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw ConnectorException.Unreachable("the turn's replies took too long", e);
        }
    }

    /// <summary>Fills in where the activity goes, from the inbound activity, when the caller left it out.</summary>
    private Activity Address(Activity outgoing) => outgoing with
    {
        Type = outgoing.Type ?? ActivityTypes.Message,
        ChannelId = outgoing.ChannelId ?? Activity.ChannelId,
        ServiceUrl = outgoing.ServiceUrl ?? Activity.ServiceUrl ?? throw new InvalidOperationException("The inbound activity has no serviceUrl."),
        Conversation = outgoing.Conversation ?? Activity.Conversation,
        From = outgoing.From ?? Activity.Recipient,
        Recipient = outgoing.Recipient ?? Activity.From,
    };
}
