using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CoalitionBot.Tests.Infrastructure;

namespace CoalitionBot.Tests.EndToEnd;

/// <summary>Malformed, mistyped and oversized requests get a short reason, never a 500.</summary>
public sealed class BadInputEndToEndTests : BotAndChannelTests
{

    [Theory]
    [InlineData("{ this is not json")]
    [InlineData("")]
    [InlineData("[1,2,3]")]
    [InlineData("null")]
    [InlineData("{\"text\":\"no type\"}")]
    [InlineData("{\"type\":\"message\",\"text\":5}")]
    [InlineData("{\"type\":\"message\",\"from\":\"not an object\"}")]
    [InlineData("{\"type\":\"message\",\"timestamp\":\"yesterday\"}")]
    [InlineData("{\"type\":\"message\",\"conversation\":{\"isGroup\":\"yes\"}}")]
    [InlineData("{\"type\":\"message\",\"serviceUrl\":\"not a url\"}")]
    [InlineData("{\"type\":\"message\",\"entities\":[null]}")]
    [InlineData("{\"type\":\"conversationUpdate\",\"membersAdded\":[null]}")]
    [InlineData("{\"type\":\"message\",\"serviceUrl\":\"file:///etc/passwd\"}")]
    // A lone surrogate where the turn reads it later: a mention's text, a form's value.
    [InlineData("{\"type\":\"message\",\"text\":\"<at>Bot</at> help\",\"recipient\":{\"id\":\"28:bot\"},\"entities\":[{\"type\":\"mention\",\"text\":\"\\ud800\",\"mentioned\":{\"id\":\"28:bot\"}}]}")]
    [InlineData("{\"type\":\"message\",\"recipient\":{\"id\":\"28:bot\"},\"entities\":[{\"type\":\"mention\",\"mentioned\":{\"id\":\"28:bot\",\"name\":\"\\udc00x\"}}]}")]
    [InlineData("{\"type\":\"message\",\"value\":{\"dialog\":\"\\ud800\"}}")]
    public async Task Malformed_or_mistyped_activities_get_400_with_a_reason(string body)
    {
        var response = await Bot.PostRawAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.False(string.IsNullOrWhiteSpace(problem!["detail"]?.GetValue<string>()));
    }

    [Fact]
    public async Task Deeply_nested_json_gets_400()
    {
        var body = "{\"type\":\"message\",\"value\":" + new string('[', 5000) + new string(']', 5000) + "}";

        var response = await Bot.PostRawAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Bodies_over_256_KB_get_413()
    {
        var activity = TeamsFixtures.Load("message-personal.json", Channel.ServiceUrl);
        activity["text"] = new string('x', 300 * 1024);

        var response = await Bot.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(Channel.Calls);
    }

    [Fact]
    public async Task Long_text_under_the_limit_is_answered_politely()
    {
        var activity = TeamsFixtures.Load("message-personal.json", Channel.ServiceUrl);
        activity["text"] = new string('x', 100 * 1024) + "<script>alert(1)</script>";

        var response = await Bot.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await Channel.WaitForCallsAsync(1));
        Assert.DoesNotContain("<script>", reply.Text); // the bot does not echo what it was sent
    }

    [Fact]
    public async Task Only_post_is_served()
    {
        using var client = Bot.CreateClient();

        var response = await client.GetAsync("/api/messages");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
