using System.Text.Json.Nodes;
using CoalitionBot.Infra.Tests.Infrastructure;

namespace CoalitionBot.Infra.Tests.Teams;

/// <summary>The Teams app files in infra/teams, and the manifest as package.sh fills it in.</summary>
public static class TeamsAppFiles
{
    public const string SampleBotId = "6f1c7a3e-2b4d-4e8f-9a01-23456789abcd";
    public const string SampleBotDomain = "kansrijkestart-abc123.azurewebsites.net";

    /// <summary>What the package holds, all at the root of the zip.</summary>
    public static readonly string[] PackagedFiles = ["manifest.json", "en.json", "color.png", "outline.png"];

    public static string PathOf(string file) => Path.Combine(RepositoryPaths.TeamsApp, file);

    public static string ManifestTemplate() => File.ReadAllText(PathOf("manifest.json"));

    public static string English() => File.ReadAllText(PathOf("en.json"));

    /// <summary>The manifest with the placeholders replaced, as package.sh does.</summary>
    public static string FilledManifest(string botId = SampleBotId, string botDomain = SampleBotDomain) =>
        ManifestTemplate().Replace("{{BOT_ID}}", botId).Replace("{{BOT_DOMAIN}}", botDomain);

    public static JsonObject Parse(string json) => JsonNode.Parse(json)!.AsObject();

    public static string ManifestVersion(string manifestJson) => (string)Parse(manifestJson)["manifestVersion"]!;
}
