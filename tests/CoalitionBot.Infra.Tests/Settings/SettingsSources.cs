using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CoalitionBot.Infra.Tests.Bicep;
using CoalitionBot.Infra.Tests.Infrastructure;

namespace CoalitionBot.Infra.Tests.Settings;

/// <summary>The setting names each place declares, as ':'-separated configuration keys.</summary>
public static partial class SettingsSources
{
    /// <summary>The app settings main.bicep gives the web app ('__' in App Service stands for ':').</summary>
    public static async Task<IReadOnlySet<string>> DeployedAsync()
    {
        var template = await CompiledInfra.TemplateAsync();
        var appSettings = template.ModuleParameters("webApp")["appSettings"]!["value"]!.AsObject();
        return appSettings.Select(pair => pair.Key.Replace("__", ":", StringComparison.Ordinal)).ToHashSet();
    }

    /// <summary>The leaves of appsettings.template.json, flattened as configuration keys.</summary>
    public static IReadOnlySet<string> Template()
    {
        var names = new HashSet<string>();
        Flatten(JsonNode.Parse(File.ReadAllText(RepositoryPaths.SettingsTemplate))!, "", names);
        return names;
    }

    /// <summary>The first column of the table in docs/settings.md (rows whose first cell is a `code` name).</summary>
    public static IReadOnlySet<string> DocumentedTable() =>
        File.ReadAllLines(RepositoryPaths.SettingsDoc)
            .Select(line => TableRowName().Match(line))
            .Where(match => match.Success)
            .Select(match => match.Groups[1].Value)
            .ToHashSet();

    private static void Flatten(JsonNode node, string prefix, HashSet<string> names)
    {
        if (node is JsonObject obj)
        {
            foreach (var (key, value) in obj)
                Flatten(value!, prefix.Length == 0 ? key : $"{prefix}:{key}", names);
        }
        else
        {
            names.Add(prefix);
        }
    }

    [GeneratedRegex(@"^\|\s*`([A-Za-z_:]+)`\s*\|")]
    private static partial Regex TableRowName();
}
