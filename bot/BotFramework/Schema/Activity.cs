using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoalitionBot.BotFramework.Schema;

/// <summary>
/// A Bot Framework Activity (protocol v3). Only the fields this bot reads or writes are typed;
/// anything else a channel sends is kept in <see cref="Properties"/> so it survives a round trip.
/// </summary>
public sealed record Activity
{
    public string? Type { get; init; }
    public string? Id { get; init; }
    public DateTimeOffset? Timestamp { get; init; }
    public DateTimeOffset? LocalTimestamp { get; init; }
    public string? LocalTimezone { get; init; }
    public string? ChannelId { get; init; }
    public string? ServiceUrl { get; init; }
    public ChannelAccount? From { get; init; }
    public ConversationAccount? Conversation { get; init; }
    public ChannelAccount? Recipient { get; init; }
    public string? TextFormat { get; init; }
    public string? AttachmentLayout { get; init; }
    public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }
    public IReadOnlyList<ChannelAccount>? MembersRemoved { get; init; }
    public IReadOnlyList<MessageReaction>? ReactionsAdded { get; init; }
    public IReadOnlyList<MessageReaction>? ReactionsRemoved { get; init; }
    public string? TopicName { get; init; }
    public string? Locale { get; init; }
    public string? Text { get; init; }
    public string? Summary { get; init; }
    public SuggestedActions? SuggestedActions { get; init; }
    public IReadOnlyList<Attachment>? Attachments { get; init; }
    public IReadOnlyList<Entity>? Entities { get; init; }
    public JsonElement? ChannelData { get; init; }
    /// <summary>installationUpdate: add, remove, add-upgrade, remove-upgrade.</summary>
    public string? Action { get; init; }
    public string? ReplyToId { get; init; }
    /// <summary>Invoke name, e.g. <c>adaptiveCard/action</c>.</summary>
    public string? Name { get; init; }
    /// <summary>Card submit data (message) or invoke payload (invoke).</summary>
    public JsonElement? Value { get; init; }

    /// <summary>Set by the bot after authentication; never read from the wire.</summary>
    [JsonIgnore]
    public string? CallerId { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; } // settable: System.Text.Json cannot fill init-only extension data

    public bool IsType(string type) => string.Equals(Type, type, StringComparison.OrdinalIgnoreCase);

    /// <summary>Teams' channelData, or an empty one when absent or not an object.</summary>
    public TeamsChannelData GetTeamsChannelData()
    {
        if (ChannelData is not { ValueKind: JsonValueKind.Object } data) return TeamsChannelData.Empty;
        try
        {
            return data.Deserialize(BotJsonContext.Default.TeamsChannelData) ?? TeamsChannelData.Empty;
        }
        catch (JsonException)
        {
            return TeamsChannelData.Empty; // a channel's odd channelData must not break the turn
        }
    }

    /// <summary>The tenant, wherever this channel put it.</summary>
    public string? GetTenantId() => Conversation?.TenantId ?? GetTeamsChannelData().Tenant?.Id;

    /// <summary>The reference that lets the bot message this conversation later.</summary>
    public ConversationReference GetConversationReference() => new()
    {
        ActivityId = Id,
        User = From,
        Bot = Recipient,
        Conversation = Conversation,
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        Locale = Locale,
    };

    /// <summary>A message addressed back to the sender, in the same conversation (as the SDK's CreateReply).</summary>
    public Activity CreateReply(string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        From = Recipient,
        Recipient = From,
        Conversation = Conversation,
        ReplyToId = Id,
        Locale = Locale,
        Text = text,
    };
}
