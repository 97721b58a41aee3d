using System.Net;
using System.Text.Json.Nodes;
using CoalitionBot.Tests.Infrastructure;

namespace CoalitionBot.Tests.EndToEnd;

/// <summary>
/// One member talking to the real bot in a recorded Teams 1:1 chat: sends text and form submissions,
/// and returns what the bot sent to the loopback channel in answer.
/// </summary>
public sealed class DialogConversation(IBotEndpoint bot, LoopbackChannel channel, string locale = "nl-NL", string fixture = "message-personal.json", Member? member = null)
{
    private int nextMessageId = 1;

    /// <summary>Sends a text message and returns the connector calls it caused.</summary>
    public Task<IReadOnlyList<ConnectorCall>> SayAsync(string text, int expectedCalls = 1) =>
        SendAsync(Message(activity => activity["text"] = text), expectedCalls);

    /// <summary>Submits a form card (Action.Submit: a message with value and replyToId = the card's message id).</summary>
    public Task<IReadOnlyList<ConnectorCall>> SubmitAsync(JsonObject value, string cardMessageId, int expectedCalls = 1) =>
        SendAsync(Message(activity =>
        {
            activity.Remove("text");
            activity["value"] = value;
            activity["replyToId"] = cardMessageId;
        }), expectedCalls);

    public JsonObject Message(Action<JsonObject> shape)
    {
        var activity = TeamsFixtures.Load(fixture, channel.ServiceUrl);
        activity["id"] = $"msg-{nextMessageId++}";
        activity["locale"] = locale;
        if (member is not null)
        {
            activity["from"] = new JsonObject { ["id"] = member.UserId, ["name"] = member.Name };
            // Each member has their own 1:1 chat; in a channel they share the channel's conversation.
            if (activity["conversation"]!["conversationType"]!.GetValue<string>() == "personal")
                activity["conversation"]!["id"] = PersonalChatIds.Of(member.UserId);
        }
        shape(activity);
        return activity;
    }

    public async Task<IReadOnlyList<ConnectorCall>> SendAsync(JsonObject activity, int expectedCalls)
    {
        var before = channel.Calls.Count;
        var response = await bot.PostActivityAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var calls = await channel.WaitForCallsAsync(before + expectedCalls);
        return calls.Skip(before).ToList();
    }
}

/// <summary>A coalition member as the tests play them.</summary>
public sealed record Member(string UserId, string Name);
