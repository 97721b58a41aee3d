using System.Text.Json.Nodes;

namespace CoalitionBot.Benchmarks.Scenarios;

/// <summary>
/// Activities shaped as Teams sends them (see ../shared/fixtures/teams/): the bot added to a team, a member's
/// message in their 1:1 chat, a form submitted there, and an @mention in the team's channel.
/// </summary>
public sealed class TeamsActivities(Uri serviceUrl, string tenantId, string teamId)
{
    public const string BotId = "28:608cacfd-1cea-40c9-b678-4b93e69bb72b";
    private long nextId;

    public string ChannelConversationId => teamId; // the General channel has the team's id

    public static string PersonalConversationOf(string userId) => "a:bench-personal-" + userId;

    public JsonObject BotAddedToTeam(string installerId) => Activity("conversationUpdate", installerId, null, new JsonObject
    {
        ["isGroup"] = true,
        ["conversationType"] = "channel",
        ["tenantId"] = tenantId,
        ["id"] = ChannelConversationId,
    }, activity =>
    {
        activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = BotId });
        activity["channelData"] = ChannelData(eventType: "teamMemberAdded");
    });

    public JsonObject PersonalMessage(string userId, string name, string text) =>
        Activity("message", userId, name, Personal(userId), activity => activity["text"] = text);

    /// <summary>Action.Submit from a form card: a message with the inputs in value, answering the card's message.</summary>
    public JsonObject PersonalSubmit(string userId, string name, JsonObject value, string cardMessageId) =>
        Activity("message", userId, name, Personal(userId), activity =>
        {
            activity["value"] = value;
            activity["replyToId"] = cardMessageId;
        });

    public JsonObject ChannelMention(string userId, string name, string command) =>
        Activity("message", userId, name, new JsonObject
        {
            ["isGroup"] = true,
            ["conversationType"] = "channel",
            ["tenantId"] = tenantId,
            ["id"] = $"{ChannelConversationId};messageid={Interlocked.Increment(ref nextId)}",
        }, activity =>
        {
            activity["text"] = $"<at>CoalitionBot</at> {command}";
            activity["entities"] = new JsonArray(new JsonObject
            {
                ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = "CoalitionBot" },
                ["text"] = "<at>CoalitionBot</at>",
                ["type"] = "mention",
            });
            activity["channelData"] = ChannelData(eventType: null);
        });

    private JsonObject Personal(string userId) => new()
    {
        ["conversationType"] = "personal",
        ["tenantId"] = tenantId,
        ["id"] = PersonalConversationOf(userId),
    };

    private JsonObject ChannelData(string? eventType)
    {
        var data = new JsonObject
        {
            ["channel"] = new JsonObject { ["id"] = ChannelConversationId },
            ["team"] = new JsonObject { ["id"] = teamId, ["name"] = "Kansrijke Start Benchmark" },
            ["tenant"] = new JsonObject { ["id"] = tenantId },
        };
        if (eventType is not null) data["eventType"] = eventType;
        return data;
    }

    private JsonObject Activity(string type, string userId, string? name, JsonObject conversation, Action<JsonObject> shape)
    {
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = "bench-" + Interlocked.Increment(ref nextId),
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
            ["channelId"] = "msteams",
            ["serviceUrl"] = serviceUrl.ToString(),
            ["from"] = new JsonObject { ["id"] = userId, ["name"] = name },
            ["conversation"] = conversation,
            ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "CoalitionBot" },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenantId } },
            ["locale"] = "nl-NL",
        };
        shape(activity);
        return activity;
    }
}
