using System.Text.Json.Nodes;

namespace CoalitionBot.Infra.Tests.Teams;

/// <summary>The Teams app manifest and its English strings are valid against Microsoft's schemas.</summary>
public sealed class ManifestSchemaTests
{
    [Fact]
    public async Task Filled_in_manifest_is_valid_against_the_teams_schema()
    {
        var manifest = TeamsAppFiles.FilledManifest();

        var errors = await ValidateManifestAsync(manifest);

        Assert.True(errors.Count == 0, $"manifest.json is not valid:\n  {string.Join("\n  ", errors)}");
    }

    [Fact]
    public async Task English_strings_are_valid_against_the_localization_schema()
    {
        var version = TeamsAppFiles.ManifestVersion(TeamsAppFiles.ManifestTemplate());

        var errors = await TeamsSchemas.ValidateAsync(TeamsAppFiles.English(), version, TeamsSchemas.LocalizationFile);

        Assert.True(errors.Count == 0, $"en.json is not valid:\n  {string.Join("\n  ", errors)}");
    }

    [Fact]
    public async Task Manifest_without_bot_id_is_rejected()
    {
        var manifest = TeamsAppFiles.Parse(TeamsAppFiles.FilledManifest());
        manifest["bots"]![0]!.AsObject().Remove("botId");

        var errors = await ValidateManifestAsync(manifest.ToJsonString());

        Assert.Contains(errors, error => error.Contains("botId", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Manifest_with_an_unknown_bot_scope_is_rejected()
    {
        var manifest = TeamsAppFiles.Parse(TeamsAppFiles.FilledManifest());
        manifest["bots"]![0]!["scopes"]!.AsArray().Add("channel");

        var errors = await ValidateManifestAsync(manifest.ToJsonString());

        Assert.Contains(errors, error => error.Contains("bots[0].scopes[3]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Manifest_whose_version_does_not_match_its_schema_is_rejected()
    {
        var manifest = TeamsAppFiles.Parse(TeamsAppFiles.FilledManifest());
        var version = (string)manifest["manifestVersion"]!;
        manifest["manifestVersion"] = "1.0";

        var errors = await TeamsSchemas.ValidateAsync(manifest.ToJsonString(), version, TeamsSchemas.ManifestFile);

        Assert.Contains(errors, error => error.Contains("manifestVersion", StringComparison.Ordinal));
    }

    [Fact]
    public void Manifest_uses_the_newest_released_schema_and_names_it_in_schema()
    {
        var manifest = TeamsAppFiles.Parse(TeamsAppFiles.ManifestTemplate());
        var newest = TeamsSchemas.Versions()[0];

        Assert.Equal(newest, (string?)manifest["manifestVersion"]);
        Assert.Equal($"https://developer.microsoft.com/en-us/json-schemas/teams/v{newest}/MicrosoftTeams.schema.json", (string?)manifest["$schema"]);
        Assert.Equal(
            $"https://developer.microsoft.com/en-us/json-schemas/teams/v{newest}/MicrosoftTeams.Localization.schema.json",
            (string?)TeamsAppFiles.Parse(TeamsAppFiles.English())["$schema"]);
    }

    private static Task<IReadOnlyList<string>> ValidateManifestAsync(string manifest) =>
        TeamsSchemas.ValidateAsync(manifest, TeamsAppFiles.ManifestVersion(manifest), TeamsSchemas.ManifestFile);
}
