using System.Globalization;
using System.Text.Json.Nodes;
using CoalitionBot.Commands;
using CoalitionBot.Resources;
using CoalitionBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CoalitionBot.Tests.Commands;

/// <summary>Help and the Teams manifest come from what the features register, and the registrations hold together.</summary>
public sealed class CommandRegistrationTests
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL"), English = CultureInfo.GetCultureInfo("en-US");

    [Fact]
    public void The_manifests_command_list_is_the_registered_commands_with_a_manifest_description_in_both_languages()
    {
        var listed = RegisteredCommands.Routes().Where(route => route.ManifestDescription is not null).ToList();
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "infra", "teams", "manifest.json")))!;
        var english = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "infra", "teams", "en.json")))!.AsObject();
        var commands = manifest["bots"]![0]!["commandLists"]![0]!["commands"]!.AsArray();

        Assert.Equal(listed.Select(route => (route.Dutch, In(Dutch, route.ManifestDescription!))), commands.Select(c => (c!["title"]!.GetValue<string>(), c["description"]!.GetValue<string>())));
        for (var i = 0; i < listed.Count; i++)
        {
            Assert.Equal(listed[i].English, english[$"bots[0].commandLists[0].commands[{i}].title"]?.GetValue<string>());
            Assert.Equal(In(English, listed[i].ManifestDescription!), english[$"bots[0].commandLists[0].commands[{i}].description"]?.GetValue<string>());
        }
        Assert.Equal(listed.Count * 2, english.Count(p => p.Key.StartsWith("bots[0].commandLists[0].commands[", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("nl-NL")]
    [InlineData("en-US")]
    public void Help_has_a_line_for_each_command_that_asks_for_one_naming_it_in_the_readers_language(string language)
    {
        var culture = CultureInfo.GetCultureInfo(language);
        using var services = RegisteredCommands.Services();

        var help = In(culture, () => services.GetRequiredService<HelpCommand>().Text());

        var withLine = RegisteredCommands.Routes().Where(route => route.HelpLine is not null).ToList();
        Assert.True(withLine.Count >= 10, "every method and its management commands are in help");
        foreach (var route in withLine)
            Assert.Contains($"**{(culture.TwoLetterISOLanguageName == "en" ? route.English : route.Dutch)}**", In(culture, route.HelpLine!));
        var lines = help.Split('\n').Where(line => line.StartsWith("- ", StringComparison.Ordinal)).ToList();
        Assert.Equal(withLine.Select(route => In(culture, route.HelpLine!)), lines);
    }

    [Fact]
    public void No_word_starts_two_commands()
    {
        var routes = RegisteredCommands.Routes();
        var words = routes.SelectMany(route => route.Words.Distinct(StringComparer.OrdinalIgnoreCase)).ToList();
        Assert.Equal(words.Count, words.Distinct(StringComparer.OrdinalIgnoreCase).Count());

        var clash = new CommandRoute { Dutch = "hulp", English = "assist" };
        Assert.Throws<InvalidOperationException>(() => new CommandWords([.. routes.Append(clash).Select(route => new CommandRegistration(route, typeof(object)))]));
    }

    [Fact]
    public void A_command_for_leads_or_admins_cannot_be_registered_without_saying_what_others_hear()
    {
        var services = new ServiceCollection();
        var forAdmins = new CommandRoute { Dutch = "geheim", English = "secret", Users = CommandUsers.Admins };

        Assert.Throws<ArgumentException>(() => services.AddCommand<HelpCommand>(forAdmins));
        services.AddCommand<HelpCommand>(forAdmins with { Refusal = () => Strings.ReminderNotAllowed });
    }

    private static string In(CultureInfo culture, Func<string> text)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try { return text(); }
        finally { CultureInfo.CurrentUICulture = before; }
    }
}
