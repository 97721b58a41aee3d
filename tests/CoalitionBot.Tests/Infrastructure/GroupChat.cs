using System.Text.Json.Nodes;

namespace CoalitionBot.Tests.Infrastructure;

/// <summary>
/// A recorded channel message as Teams sends it in a group chat: conversationType groupChat, a chat thread id, and
/// channel data with the tenant only (no team, no channel).
/// </summary>
public static class GroupChat
{
    public const string ConversationId = "19:b4f3e1a2c6d94d0f9e8a7b6c5d4e3f21@thread.v2";

    public static void Reshape(JsonObject activity)
    {
        var tenantId = activity["conversation"]!["tenantId"]!.GetValue<string>();
        activity["conversation"] = new JsonObject { ["isGroup"] = true, ["conversationType"] = "groupChat", ["tenantId"] = tenantId, ["id"] = ConversationId };
        activity["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenantId } };
    }
}
