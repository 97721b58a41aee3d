using System.Text.Json.Nodes;
using CoalitionBot.Cards;
using CoalitionBot.PersonalData;
using CoalitionBot.Tests.Leadership;

namespace CoalitionBot.Tests.PersonalData;

public sealed class MyDataCardTests
{
    [Fact]
    public void Someone_in_many_teams_with_long_names_gets_a_card_under_the_Teams_limit_and_the_rest_in_the_download()
    {
        using var dutch = new CultureScope("nl-NL");
        var coalitions = new JsonArray([.. Enumerable.Range(1, 40).Select(i => (JsonNode)new JsonObject
        {
            ["team"] = $"19:team-{i}@thread.tacv2",
            ["name"] = $"[Team {i}](https://evil.example/{i}) " + string.Concat(Enumerable.Repeat("😀", 256)), // a team's name as long as Teams allows
            ["role"] = "Member",
            ["checkIns"] = new JsonArray(),
        })]);

        var card = MyDataCard.Build(new JsonObject { ["coalitions"] = coalitions, ["conversations"] = new JsonArray() }, "https://bot.example.org/api/mydata/token");

        Assert.True(card.FitsTeamsLimit(), $"{card.Size():N0} bytes");
        var facts = card.Body.OfType<FactSet>().Single().Facts;
        Assert.StartsWith(@"\[Team 1\](https://evil.example/1)", facts[0].Title);
        Assert.Contains(facts, fact => fact.Value == "nog 10 coalities, in de download");
    }
}
