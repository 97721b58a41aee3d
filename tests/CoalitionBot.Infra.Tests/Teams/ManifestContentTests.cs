using System.Text.Json.Nodes;

namespace CoalitionBot.Infra.Tests.Teams;

/// <summary>The bot, its commands and their Dutch and English texts, as the manifest declares them.</summary>
public sealed class ManifestContentTests
{
    private static readonly string[] DutchCommands = ["help", "3b", "leiderschap", "checkin", "acties", "samenvatting", "herinnering", "rollen", "doel", "krachten"];
    private static readonly string[] EnglishCommands = ["help", "3b", "leadership", "checkin", "actions", "summary", "reminder", "roles", "goal", "forces"];

    private static JsonObject Manifest => TeamsAppFiles.Parse(TeamsAppFiles.ManifestTemplate());
    private static JsonObject English => TeamsAppFiles.Parse(TeamsAppFiles.English());
    private static JsonObject Bot => Manifest["bots"]![0]!.AsObject();

    [Fact]
    public void Bot_is_installable_in_personal_chat_teams_and_group_chats_without_files()
    {
        Assert.Equal(["personal", "team", "groupChat"], Bot["scopes"]!.AsArray().Select(scope => (string?)scope));
        Assert.False((bool)Bot["supportsFiles"]!);
    }

    [Fact]
    public void Bot_id_app_id_and_valid_domain_are_placeholders_for_package_sh()
    {
        Assert.Equal("{{BOT_ID}}", (string?)Bot["botId"]);
        Assert.Equal("{{BOT_ID}}", (string?)Manifest["id"]);
        Assert.Equal(["{{BOT_DOMAIN}}"], Manifest["validDomains"]!.AsArray().Select(domain => (string?)domain));
    }

    [Fact]
    public void Commands_are_dutch_by_default_with_english_as_additional_language()
    {
        var localization = Manifest["localizationInfo"]!;
        var additional = Assert.Single(localization["additionalLanguages"]!.AsArray())!;

        Assert.Equal("nl-nl", (string?)localization["defaultLanguageTag"]);
        Assert.Equal("en-us", (string?)additional["languageTag"]);
        Assert.Equal("en.json", (string?)additional["file"]);
        Assert.Equal(DutchCommands, Commands().Select(command => (string?)command["title"]));
    }

    [Fact]
    public void Every_command_has_an_english_title_and_description_and_nothing_else_is_translated_for_commands()
    {
        var commandKeys = English.Select(pair => pair.Key).Where(key => key.StartsWith("bots[", StringComparison.Ordinal)).ToHashSet();
        var expected = Commands().SelectMany((_, i) => new[] { TitleKey(i), DescriptionKey(i) }).ToHashSet();

        Assert.Equal(expected, commandKeys);
        Assert.Equal(EnglishCommands, Commands().Select((_, i) => (string?)English[TitleKey(i)]));
        Assert.All(Commands(), command => Assert.False(string.IsNullOrWhiteSpace((string?)command["description"])));
    }

    [Fact]
    public void No_scope_has_more_than_ten_commands_as_teams_allows()
    {
        var perScope = Bot["commandLists"]!.AsArray()
            .SelectMany(list => list!["scopes"]!.AsArray().Select(scope => (scope: (string)scope!, count: list["commands"]!.AsArray().Count)))
            .GroupBy(entry => entry.scope, entry => entry.count);

        Assert.All(perScope, scope => Assert.True(scope.Sum() <= 10, $"{scope.Key} has {scope.Sum()} commands"));
    }

    [Fact]
    public void Developer_links_are_on_the_example_domain_for_the_it_partner_to_replace()
    {
        var developer = Manifest["developer"]!.AsObject();

        foreach (var link in new[] { "websiteUrl", "privacyUrl", "termsOfUseUrl" })
            Assert.StartsWith("https://coalitionbot.example.org", (string?)developer[link]);
    }

    private static List<JsonNode> Commands() => Bot["commandLists"]![0]!["commands"]!.AsArray().Select(node => node!).ToList();

    private static string TitleKey(int index) => $"bots[0].commandLists[0].commands[{index}].title";

    private static string DescriptionKey(int index) => $"bots[0].commandLists[0].commands[{index}].description";
}
