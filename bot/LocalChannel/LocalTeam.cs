using System.Text.Json;
using System.Text.Json.Nodes;
using CoalitionBot.BotFramework.Schema;

namespace CoalitionBot.LocalChannel;

/// <summary>
/// Who and where the local channel pretends to be: the bot's account, one tenant, one team with one
/// channel, and how a conversation looks to the bot (conversation type and Teams-like channelData).
/// </summary>
internal static class LocalTeam
{
    public const string ChannelId = "webchat";
    public const string TenantId = "local-tenant";
    /// <summary>As in Teams, the team's General channel has the team's id, so posting to the team lands there.</summary>
    public const string TeamId = "local-team-general";
    public const string ChannelConversationId = TeamId;
    public const string TeamName = "Coalitie Kansrijke Start (lokaal)";
    public const string ChannelName = "Algemeen";

    public static readonly ChannelAccount Bot = new() { Id = "local-coalitionbot", Name = "CoalitionBot", Role = "bot" };

    public static string PersonalConversationId(string userId) => "local-chat-" + userId;

    public static ConversationAccount Account(LocalConversation conversation) => conversation.Kind == LocalConversationKind.Channel
        ? new() { Id = conversation.Id, ConversationType = "channel", IsGroup = true, Name = ChannelName, TenantId = TenantId }
        : new() { Id = conversation.Id, ConversationType = "personal", TenantId = TenantId };

    /// <summary>
    /// The client's channelData (such as clientActivityID) plus what Teams adds: the tenant,
    /// and in a channel the team and the channel.
    /// </summary>
    public static JsonElement ChannelData(LocalConversation conversation, JsonElement? fromClient)
    {
        var data = fromClient is { ValueKind: JsonValueKind.Object } client ? JsonObject.Create(client)!.DeepClone().AsObject() : [];
        data["tenant"] = new JsonObject { ["id"] = TenantId };
        if (conversation.Kind == LocalConversationKind.Channel)
        {
            data["team"] = new JsonObject { ["id"] = TeamId, ["name"] = TeamName };
            data["channel"] = new JsonObject { ["id"] = ChannelConversationId, ["name"] = ChannelName };
        }
        return JsonSerializer.SerializeToElement(data, LocalChannelJsonContext.Default.JsonObject);
    }
}
