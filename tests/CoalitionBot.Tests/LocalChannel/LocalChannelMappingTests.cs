using System.Net;
using CoalitionBot.Tests.Infrastructure;

namespace CoalitionBot.Tests.LocalChannel;

/// <summary>The chat page and the local channel exist for local development only.</summary>
public class LocalChannelMappingTests
{
    [Fact]
    public async Task Without_a_MicrosoftAppId_the_chat_page_and_channel_are_served()
    {
        using var bot = new BotApp();
        using var client = bot.CreateClient();

        var page = await client.GetAsync("/");
        var directLine = await client.PostAsync("v3/directline/tokens/generate", new StringContent("""{"user":{"id":"a"}}""", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("lib/webchat.js", await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, directLine.StatusCode);
    }

    [Theory]
    [InlineData("GET", "/")]
    [InlineData("GET", "/chat.js")]
    [InlineData("POST", "/v3/directline/tokens/generate")]
    [InlineData("POST", "/v3/conversations/local-chat-a/activities")]
    public async Task With_a_MicrosoftAppId_nothing_of_it_is_mapped(string method, string path)
    {
        using var bot = new BotApp(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "6a2c1f4e-8d3b-4b7a-9c5e-1f2a3b4c5d6e",
            ["MicrosoftAppPassword"] = "not-used-in-this-test",
        });
        using var client = bot.CreateClient();

        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent("{}") });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
