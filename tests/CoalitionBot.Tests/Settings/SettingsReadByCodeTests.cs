using System.Reflection;
using System.Text.Json.Nodes;
using CoalitionBot.BotFramework;
using CoalitionBot.Hosting;
using CoalitionBot.Privacy;
using CoalitionBot.Storage;
using CoalitionBot.Tests.Infrastructure;

namespace CoalitionBot.Tests.Settings;

/// <summary>
/// The settings the code reads (its options classes and named settings) are exactly those in
/// appsettings.template.json; the infrastructure tests hold the template to the Bicep and docs/settings.md.
/// </summary>
public sealed class SettingsReadByCodeTests
{
    private static IEnumerable<string> SettableProperties(Type options, string? section) =>
        options.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.SetMethod!.IsPublic)
            .Select(p => section is null ? p.Name : $"{section}:{p.Name}");

    private static IEnumerable<string> SettingsTheCodeReads() =>
    [
        .. SettableProperties(typeof(BotFrameworkOptions), section: null), // Microsoft's names, at the root
        .. SettableProperties(typeof(StorageOptions), StorageOptions.SectionName),
        .. SettableProperties(typeof(CoalitionBot.Reminders.ReminderOptions), CoalitionBot.Reminders.ReminderOptions.SectionName),
        .. SettableProperties(typeof(PrivacyOptions), PrivacyOptions.SectionName),
        TelemetryServiceCollectionExtensions.ConnectionStringSetting,
    ];

    private static IEnumerable<string> Flatten(JsonNode node, string? prefix) => node is JsonObject obj
        ? obj.SelectMany(p => Flatten(p.Value!, prefix is null ? p.Key : $"{prefix}:{p.Key}"))
        : [prefix!];

    [Fact]
    public void The_template_names_every_setting_the_code_reads_and_nothing_else()
    {
        var template = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "appsettings.template.json")))!;

        Assert.Equal(SettingsTheCodeReads().Order(StringComparer.Ordinal), Flatten(template, null).Order(StringComparer.Ordinal));
    }
}
