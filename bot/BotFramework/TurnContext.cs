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

    /// <summary>The language the bot answers in, once it has chosen one; replies carry it as their locale (else the inbound one).</summary>
    public CultureInfo? Culture { get; set; }

    private string? ReplyLocale => Culture?.Name ?? Activity.Locale;

    /// <summary>What an invoke activity answers over HTTP; null for other activities.</summary>
    public InvokeResponse? InvokeResponse { get; set; }

    /// <summary>The name of the command the bot ran in this turn, for the turn's log line (never its text); null for none.</summary>
    public string? CommandName { get; set; }

    /// <summary>True once the bot has sent something in this turn.</summary>
    public bool Responded { get; private set; }

    public ConnectorClient Connector { get; } = connector;

    /// <summary>The bot's own public base address (as the channel reached it), for links the bot hands out.</summary>
    public Uri? BotUrl { get; init; }

    /// <summary>Cancelled when the turn's replies have taken too long (see ConnectorRetryOptions.ReplyTimeout).</summary>
    public CancellationToken ReplyDeadline { get; init; }

    /// <summary>The turn in the sender's 1:1 chat that this turn opened (see <see cref="PrivateTurnAsync"/>), if any.</summary>
    public TurnContext? PrivateTurn { get; private set; }

    /// <summary>True when the sender's 1:1 chat could not be opened (the app is blocked or not installed for them).</summary>
    public bool PrivateChatUnavailable { get; private set; }

    /// <summary>For a turn in someone's 1:1 chat that a shared conversation opened: the activity as it arrived there.</summary>
    public Activity? SharedOrigin { get; private init; }

    /// <summary>
    /// The sender's 1:1 chat with the bot as a turn of its own: this turn when it is one, else the chat Teams hands back
    /// for the sender (created when there is none), opened once per turn. Null when Teams will not open it.
    /// The activity keeps its channel data (the team it was sent in) but not its id: it answers nothing in that chat.
    /// </summary>
    public async Task<TurnContext?> PrivateTurnAsync(CancellationToken cancellationToken)
    {
        if (Activity.Conversation?.IsShared != true) return this;
        if (PrivateTurn is not null || PrivateChatUnavailable) return PrivateTurn;
        var tenantId = Activity.GetTenantId();
        string conversationId;
        try
        {
            conversationId = await CallAsync(ConnectorOperation.CreateConversation, null, token => Connector.CreatePersonalConversationAsync(
                Activity.ServiceUrl ?? throw new InvalidOperationException("The inbound activity has no serviceUrl."),
                Activity.Recipient, Activity.From?.Id ?? throw new InvalidOperationException("The inbound activity has no sender."), tenantId, token), cancellationToken);
        }
        catch (ConnectorException e) when (e.IsConversationUnreachable || e.StatusCode == System.Net.HttpStatusCode.BadRequest)
        {
            PrivateChatUnavailable = true;
            return null;
        }
        var personal = new ConversationAccount { Id = conversationId, ConversationType = "personal", IsGroup = false, TenantId = tenantId };
        return PrivateTurn = new TurnContext(Activity with { Id = null, ReplyToId = null, Conversation = personal }, Connector)
        {
            Culture = Culture,
            BotUrl = BotUrl,
            ReplyDeadline = ReplyDeadline,
            SharedOrigin = Activity,
        };
    }

    /// <summary>Sends an activity for the sender alone: here in a 1:1 chat, else in their 1:1 chat.</summary>
    public Task<ResourceResponse> SendActivityAsync(Activity outgoing, CancellationToken cancellationToken) =>
        SendActivityAsync(outgoing, Audience.Sender, cancellationToken);

    /// <summary>
    /// Sends an activity into this conversation (as a reply when it carries a replyToId), or, for the sender alone while
    /// this conversation is shared, into their 1:1 chat; when that chat cannot be opened nothing is sent (see
    /// <see cref="PrivateChatUnavailable"/>) and the response has no id.
    /// </summary>
    public async Task<ResourceResponse> SendActivityAsync(Activity outgoing, Audience audience, CancellationToken cancellationToken)
    {
        if (audience == Audience.Sender && Activity.Conversation?.IsShared == true)
            return await PrivateTurnAsync(cancellationToken) is { } privateTurn
                ? await privateTurn.SendActivityAsync(outgoing with { Conversation = null, ReplyToId = null }, Audience.Sender, cancellationToken)
                : new ResourceResponse();

        outgoing = Address(outgoing);
        var serviceUrl = outgoing.ServiceUrl!;
        var conversationId = outgoing.Conversation?.Id ?? throw new InvalidOperationException("The activity has no conversation to answer in.");
        var replyToId = outgoing.ReplyToId;
        var operation = string.IsNullOrEmpty(replyToId) ? ConnectorOperation.Send : ConnectorOperation.Reply;
        var response = await CallAsync(operation, conversationId, token => string.IsNullOrEmpty(replyToId)
            ? Connector.SendToConversationAsync(serviceUrl, conversationId, outgoing, token)
            : Connector.ReplyToActivityAsync(serviceUrl, conversationId, replyToId, outgoing, token), cancellationToken);
        Responded = true;
        return response;
    }

    public Task<ResourceResponse> SendTextAsync(string text, CancellationToken cancellationToken) =>
        SendTextAsync(text, Audience.Sender, cancellationToken);

    public Task<ResourceResponse> SendTextAsync(string text, Audience audience, CancellationToken cancellationToken) =>
        SendActivityAsync(Activity.CreateReply(text) with { Locale = ReplyLocale }, audience, cancellationToken);

    /// <summary>Sends an Adaptive Card on its own (Teams splits text+card messages, losing the id needed to update it).</summary>
    public Task<ResourceResponse> SendCardAsync(JsonElement card, CancellationToken cancellationToken) =>
        SendCardAsync(card, Audience.Sender, cancellationToken);

    public Task<ResourceResponse> SendCardAsync(JsonElement card, Audience audience, CancellationToken cancellationToken) =>
        SendActivityAsync(Activity.CreateReply() with { Locale = ReplyLocale, Attachments = [Attachment.AdaptiveCard(card)] }, audience, cancellationToken);

    /// <summary>A message with the card, in the turn's language, for a conversation other than this one.</summary>
    public Activity CardMessage(JsonElement card) => new() { Type = ActivityTypes.Message, Locale = ReplyLocale, Attachments = [Attachment.AdaptiveCard(card)] };

    /// <summary>
    /// Replaces an earlier message of the bot (for example a submitted form) with what the sender should see. In a shared
    /// conversation that would show it to everyone, so there it is a new message in the sender's 1:1 chat instead.
    /// </summary>
    public async Task<ResourceResponse> UpdateActivityAsync(string activityId, Activity replacement, CancellationToken cancellationToken)
    {
        if (Activity.Conversation?.IsShared == true) return await SendActivityAsync(replacement with { Id = null }, Audience.Sender, cancellationToken);
        replacement = Address(replacement) with { Id = activityId, ReplyToId = null };
        var response = await CallAsync(ConnectorOperation.Update, replacement.Conversation!.Id, token => Connector.UpdateActivityAsync(replacement.ServiceUrl!, replacement.Conversation!.Id!, activityId, replacement, token), cancellationToken);
        Responded = true;
        return response;
    }

    /// <summary>
    /// One connector call within the turn's <see cref="ReplyDeadline"/>. A channel that is too slow for it becomes a
    /// <see cref="ConnectorException"/>, like one that refuses or cannot be reached: the turn ends without telling the user again.
    /// </summary>
    private async Task<T> CallAsync<T>(ConnectorOperation operation, string? conversationId, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        using var both = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, ReplyDeadline);
        try
        {
            return await call(both.Token);
        }
        catch (OperationCanceledException e) when (ReplyDeadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw ConnectorException.Unreachable("the turn's replies took too long", e, operation, conversationId);
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
