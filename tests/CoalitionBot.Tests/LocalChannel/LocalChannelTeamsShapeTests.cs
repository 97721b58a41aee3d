using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CoalitionBot.BotFramework;
using CoalitionBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CoalitionBot.Tests.LocalChannel;

/// <summary>
/// What the bot receives from the local channel looks like Teams: ordinary activities over /api/messages with
/// a serviceUrl at the channel, the team channel's conversation type and channelData, the @mention, and the
/// member's simulated role. The Bot Connector side answers the calls a Teams bot makes.
/// </summary>
public sealed class LocalChannelTeamsShapeTests : IDisposable
{
    private readonly RecordingBot recorder = new();
    private readonly BotApp bot;
    private readonly DirectLineTestClient member;

    public LocalChannelTeamsShapeTests()
    {
        bot = new BotApp(configureServices: services => services.AddSingleton<IBot>(recorder));
        member = new DirectLineTestClient(bot);
    }

    public void Dispose()
    {
        member.Dispose();
        bot.Dispose();
    }

    [Fact]
    public async Task A_channel_message_reaches_the_bot_as_Teams_sends_it_with_the_role()
    {
        await member.StartAsync("marieke-bos", "Marieke Bos", conversationType: "channel");
        var mention = new JsonObject { ["type"] = "mention", ["text"] = "<at>CoalitionBot</at>", ["mentioned"] = new JsonObject { ["id"] = "local-coalitionbot", ["name"] = "CoalitionBot" } };

        await member.SendAsync("<at>CoalitionBot</at> help", channelData: new JsonObject { ["clientActivityID"] = "c1", ["localChannel"] = new JsonObject { ["role"] = "lead" } }, entities: [mention]);

        var welcome = recorder.Turns.First();
        Assert.Equal("conversationUpdate", welcome.Activity.Type);
        Assert.Contains(welcome.Activity.MembersAdded!, m => m.Id == welcome.Activity.Recipient!.Id); // the bot joined the team
        var turn = recorder.Turns.Last();
        var activity = turn.Activity;
        Assert.Equal("help", turn.Text); // the mention was removed by the bot's usual logic
        Assert.Equal("webchat", activity.ChannelId);
        Assert.Equal("channel", activity.Conversation!.ConversationType);
        Assert.StartsWith("http://127.0.0.1:", activity.ServiceUrl);
        var teams = activity.GetTeamsChannelData();
        Assert.Equal("local-team-general", teams.Team!.Id);
        Assert.Equal("local-team-general", teams.Channel!.Id);
        Assert.Equal("local-tenant", activity.GetTenantId());
        Assert.Equal("lead", activity.ChannelData!.Value.GetProperty("localChannel").GetProperty("role").GetString());
        Assert.Equal("Marieke Bos", activity.From!.Name);
    }

    [Fact]
    public async Task The_roster_is_the_sample_team_and_whoever_joined_it()
    {
        await member.StartAsync("katinka-jansen", "Katinka Jansen", conversationType: "channel");
        using var other = new DirectLineTestClient(bot);
        await other.StartAsync("gert-de-wit", "Gert de Wit", conversationType: "channel");

        using var connector = bot.CreateClient();
        var page = (await connector.GetFromJsonAsync<JsonObject>("v3/conversations/local-team-general/pagedmembers?pageSize=100"))!;

        Assert.Equal(["Katinka Jansen", "Ahmed el Amrani", "Sanne de Vries", "Marieke Bos", "Joost van Dijk", "Gert de Wit"],
            page["members"]!.AsArray().Select(m => m!["name"]!.GetValue<string>()));
        // The sample admin added the bot to the team; Gert, new to the team, joined it (Teams' membersAdded).
        var install = recorder.Turns.First(t => t.Activity.MembersAdded?.Any(m => m.Id == "local-coalitionbot") == true && t.Activity.Conversation!.ConversationType == "channel");
        Assert.Equal("joost-van-dijk", install.Activity.From!.Id);
        Assert.Contains(recorder.Turns, t => t.Activity.MembersAdded?.SingleOrDefault()?.Id == "gert-de-wit");
    }

    [Fact]
    public async Task The_bot_can_start_a_thread_in_the_channel_and_a_chat_with_a_member()
    {
        await member.StartAsync("katinka-jansen", "Katinka Jansen", conversationType: "channel");
        using var connector = bot.CreateClient();

        var thread = await connector.PostAsJsonAsync("v3/conversations", new { isGroup = true, channelData = new { channel = new { id = "local-team-general" } }, activity = new { type = "message", text = "Tijd voor de check-in!" } });
        var chat = await connector.PostAsJsonAsync("v3/conversations", new { members = new[] { new { id = "sanne-de-vries" } }, activity = new { type = "message", text = "Hoi Sanne" } });

        Assert.Equal(HttpStatusCode.Created, thread.StatusCode);
        var threadId = (await thread.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        Assert.StartsWith("local-team-general;messageid=", threadId);
        Assert.Contains(await member.TranscriptAsync(), a => a["text"]?.GetValue<string>() == "Tijd voor de check-in!");
        // A reply in that thread lands in the same channel transcript.
        var reply = await connector.PostAsJsonAsync($"v3/conversations/{Uri.EscapeDataString(threadId)}/activities", new { type = "message", text = "Herinnering" });
        Assert.Equal(HttpStatusCode.Created, reply.StatusCode);
        Assert.Equal("local-chat-sanne-de-vries", (await chat.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Updating_or_sending_to_something_unknown_is_a_404_as_in_Teams()
    {
        await member.StartAsync("katinka-jansen", "Katinka Jansen");
        using var connector = bot.CreateClient();

        var unknownActivity = await connector.PutAsJsonAsync("v3/conversations/local-chat-katinka-jansen/activities/nope", new { type = "message", text = "x" });
        var unknownConversation = await connector.PostAsJsonAsync("v3/conversations/no-such-conversation/activities", new { type = "message", text = "x" });

        Assert.Equal(HttpStatusCode.NotFound, unknownActivity.StatusCode);
        Assert.Contains("ActivityNotFoundInConversation", await unknownActivity.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, unknownConversation.StatusCode);
    }
}
