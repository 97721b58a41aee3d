using System.Net;
using System.Text.Json.Nodes;
using CoalitionBot.Tests.Authentication;
using CoalitionBot.Tests.Infrastructure;

namespace CoalitionBot.Tests.Isolation;

/// <summary>
/// Two bots, as two deployments with their own app ids, trusting the same key server: a channel token issued for one
/// (its audience) is accepted by that bot and refused with 401 by the other.
/// </summary>
public sealed class BotIdTokenTests(KeyServerFixture keys) : IClassFixture<KeyServerFixture>
{
    private const string OtherBotId = "2c7d1e4f-8a3b-4c5d-9e6f-7a8b9c0d1e2f";

    private BotApp BotWithId(string appId) => new(new Dictionary<string, string?>
    {
        ["MicrosoftAppId"] = appId,
        ["MicrosoftAppPassword"] = "not-used-no-reply-is-sent",
        ["BotOpenIdMetadata"] = keys.Server.ChannelMetadataUrl,
    });

    /// <summary>A typing activity from Teams: authenticated like any other, and the bot sends nothing back.</summary>
    private static JsonObject Typing() => new()
    {
        ["type"] = "typing",
        ["id"] = "1",
        ["channelId"] = "msteams",
        ["serviceUrl"] = TestToken.TeamsServiceUrl,
        ["from"] = new JsonObject { ["id"] = "29:someone" },
        ["recipient"] = new JsonObject { ["id"] = "28:bot" },
        ["conversation"] = new JsonObject { ["id"] = "a:chat" },
    };

    [Fact]
    public async Task A_token_for_one_bot_id_is_refused_by_a_bot_with_another_id()
    {
        using var bot = BotWithId(TestToken.AppId);
        using var otherBot = BotWithId(OtherBotId);
        var tokenForBot = TestToken.Channel(keys.TeamsKey).Sign();
        var tokenForOtherBot = (TestToken.Channel(keys.TeamsKey) with { Audience = OtherBotId }).Sign();

        Assert.Equal(HttpStatusCode.OK, (await bot.PostActivityAsync(Typing(), tokenForBot)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await otherBot.PostActivityAsync(Typing(), tokenForBot)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await otherBot.PostActivityAsync(Typing(), tokenForOtherBot)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await bot.PostActivityAsync(Typing(), tokenForOtherBot)).StatusCode);
    }
}
