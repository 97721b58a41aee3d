using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using CoalitionBot.Infra.Tests.Infrastructure;
using NJsonSchema;
using NJsonSchema.Validation;

namespace CoalitionBot.Infra.Tests.Teams;

/// <summary>
/// Microsoft's Teams manifest and localization JSON schemas, from the npm package @microsoft/app-manifest
/// that test.sh installs into this project's node_modules (pinned in package.json).
/// </summary>
public static class TeamsSchemas
{
    public const string ManifestFile = "MicrosoftTeams.schema.json";
    public const string LocalizationFile = "MicrosoftTeams.Localization.schema.json";

    private static readonly ConcurrentDictionary<string, Lazy<Task<JsonSchema>>> Loaded = new();

    /// <summary>The folder with one v1.x subfolder per manifest version.</summary>
    public static string Folder
    {
        get
        {
            var folder = Path.Combine(RepositoryPaths.TestProject("CoalitionBot.Infra.Tests"), "node_modules", "@microsoft", "app-manifest", "build", "json-schemas", "teams");
            if (!Directory.Exists(folder))
                throw new DirectoryNotFoundException(
                    $"The Teams manifest schemas are not installed ({folder} is missing). " +
                    "Run ./test.sh, or: npm ci --prefix tests/CoalitionBot.Infra.Tests");
            return folder;
        }
    }

    /// <summary>The released manifest versions the package has schemas for ("1.30", ...), newest first.</summary>
    public static IReadOnlyList<string> Versions() =>
        Directory.GetDirectories(Folder, "v1.*")
            .Select(path => Path.GetFileName(path)[1..])
            .OrderByDescending(Version.Parse)
            .ToList();

    /// <summary>Readable validation errors of the document against the schema; empty when it is valid.</summary>
    public static async Task<IReadOnlyList<string>> ValidateAsync(string json, string manifestVersion, string schemaFile)
    {
        var path = Path.Combine(Folder, "v" + manifestVersion, schemaFile);
        var schema = await Loaded.GetOrAdd(path, key => new Lazy<Task<JsonSchema>>(() => LoadAsync(key))).Value;
        return schema.Validate(json).SelectMany(Describe).Distinct().ToList();
    }

    private static async Task<JsonSchema> LoadAsync(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"No Teams schema at {path}; is manifestVersion a released version?");
        var schema = JsonNode.Parse(await File.ReadAllTextAsync(path))!;
        ConstToEnum(schema);
        return await JsonSchema.FromJsonAsync(schema.ToJsonString(), path);
    }

    /// <summary>
    /// The draft-04 schemas use draft-06's "const" (for manifestVersion), which NJsonSchema does not check;
    /// the equivalent one-value "enum" it does check.
    /// </summary>
    private static void ConstToEnum(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["const"] is { } value && obj["enum"] is null)
                {
                    obj.Remove("const");
                    obj["enum"] = new JsonArray(value.DeepClone());
                }
                foreach (var child in obj.Select(pair => pair.Value).OfType<JsonNode>().ToList()) ConstToEnum(child);
                break;
            case JsonArray array:
                foreach (var child in array.OfType<JsonNode>().ToList()) ConstToEnum(child);
                break;
        }
    }

    private static IEnumerable<string> Describe(ValidationError error) => error is ChildSchemaValidationError { Errors.Count: > 0 } parent
        ? parent.Errors.Values.SelectMany(errors => errors).SelectMany(Describe).Prepend(Line(error))
        : [Line(error)];

    private static string Line(ValidationError error)
    {
        var where = string.IsNullOrEmpty(error.Path) ? "#" : error.Path;
        var property = string.IsNullOrEmpty(error.Property) ? "" : $" '{error.Property}'";
        return $"{where}: {error.Kind}{property}";
    }
}
