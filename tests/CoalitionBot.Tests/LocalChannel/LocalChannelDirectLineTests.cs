using System.Net;
using System.Text.Json.Nodes;
using CoalitionBot.Tests.Infrastructure;

namespace CoalitionBot.Tests.LocalChannel;

/// <summary>
/// The local channel's Direct Line side, as Web Chat uses it, with the real bot behind it: tokens, the start
/// that welcomes, the echo Web Chat needs to mark a message sent, watermarks, and a form replaced in place.
/// </summary>
public sealed class LocalChannelDirectLineTests : IDisposable
{
    private readonly BotApp bot = new();
    private readonly DirectLineTestClient member;

    public LocalChannelDirectLineTests() => member = new DirectLineTestClient(bot);

    public void Dispose()
    {
        member.Dispose();
        bot.Dispose();
    }

    [Fact]
    public async Task Starting_a_conversation_once_makes_the_bot_welcome_the_member()
    {
        var first = await member.StartAsync("katinka-jansen", "Katinka Jansen");
        var again = await member.StartAsync("katinka-jansen", "Katinka Jansen");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("local-chat-katinka-jansen", member.ConversationId);
        var welcome = Assert.Single(await member.TranscriptAsync());
        Assert.StartsWith("Hallo Katinka Jansen!", welcome["text"]!.GetValue<string>());
        Assert.Equal("bot", welcome["from"]!["role"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_message_is_echoed_with_its_id_and_clientActivityID_and_answered_as_a_reply()
    {
        await member.StartAsync("katinka-jansen", "Katinka Jansen");
        await member.PollAsync();

        var id = await member.SendAsync("help", channelData: new JsonObject { ["clientActivityID"] = "client-1" });

        var activities = await member.PollAsync();
        var echo = activities[0];
        Assert.Equal(id, echo["id"]!.GetValue<string>());
        Assert.Equal("client-1", echo["channelData"]!["clientActivityID"]!.GetValue<string>());
        Assert.Equal("katinka-jansen", echo["from"]!["id"]!.GetValue<string>()); // the token's member, not what the client claimed
        var reply = activities[1];
        Assert.Equal(id, reply["replyToId"]!.GetValue<string>());
        Assert.Contains("annuleer", reply["text"]!.GetValue<string>());
        Assert.Empty(await member.PollAsync()); // the watermark moved past both
    }

    [Fact]
    public async Task A_submitted_form_is_replaced_by_its_confirmation_with_the_same_id_and_timestamp()
    {
        await member.StartAsync("sanne-de-vries", "Sanne de Vries");
        await member.SendAsync("demo");
        var form = (await member.PollAsync()).Single(a => a["attachments"] is not null);
        var submitData = form["attachments"]![0]!["content"]!["actions"]![0]!["data"]!.AsObject();

        // Web Chat sends a card submit without replyToId; the channel finds the card it came from, as Teams knows it.
        var value = (JsonObject)submitData.DeepClone();
        value["organisation"] = "GGD Hollands Midden";
        value["role"] = "uitvoerder";
        value["hours"] = "12";
        await member.SendAsync("", value: value, channelData: new JsonObject { ["clientActivityID"] = "submit-1", ["postBack"] = true });

        var changed = await member.PollAsync();
        var confirmation = changed.Single(a => a["id"]!.GetValue<string>() == form["id"]!.GetValue<string>());
        Assert.Contains("opgeslagen", confirmation["attachments"]![0]!["content"]!.ToJsonString());
        Assert.Equal(form["timestamp"]!.GetValue<string>(), confirmation["timestamp"]!.GetValue<string>());
        var transcript = await member.TranscriptAsync();
        Assert.Single(transcript, a => a["id"]!.GetValue<string>() == form["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_token_only_opens_its_own_conversation()
    {
        var katinka = new DirectLineTestClient(bot);
        await katinka.StartAsync("katinka-jansen", "Katinka Jansen");
        await member.StartAsync("ahmed-el-amrani", "Ahmed el Amrani");

        var intoOther = await member.PostAsync(new JsonObject { ["type"] = "message", ["text"] = "help" }, katinka.ConversationId);
        member.UseToken("not-a-token");
        var withoutToken = await member.PostAsync(new JsonObject { ["type"] = "message", ["text"] = "help" });

        Assert.Equal(HttpStatusCode.Forbidden, intoOther.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, withoutToken.StatusCode);
        katinka.Dispose();
    }

    [Theory]
    [InlineData("""{"user":{"id":"has spaces"}}""")]
    [InlineData("""{"user":{"id":"ok"},"conversationType":"groupChat"}""")]
    [InlineData("""not json""")]
    public async Task A_bad_token_request_is_refused(string body)
    {
        using var client = bot.CreateClient();
        var response = await client.PostAsync("v3/directline/tokens/generate", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"error\"", await response.Content.ReadAsStringAsync());
    }
}
