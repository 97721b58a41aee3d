using System.Text.Json.Nodes;
using NJsonSchema;
using NJsonSchema.Validation;
using Newtonsoft.Json.Linq;

namespace CoalitionBot.Tests.Cards;

/// <summary>
/// Validates card JSON against the official Adaptive Cards 1.5 schema (shared/schemas), with Teams'
/// <c>msteams</c> property allowed, and reports errors as short readable lines.
/// </summary>
public static class AdaptiveCardSchema
{
    private const string SchemaFileName = "adaptive-card-1.5.json";

    private static readonly Lazy<Task<JsonSchema>> Schema = new(LoadAsync);

    /// <summary>Readable validation errors; empty when the card is valid.</summary>
    public static async Task<IReadOnlyList<string>> ValidateAsync(string cardJson)
    {
        var schema = await Schema.Value;
        return schema.Validate(cardJson).SelectMany(Describe).Distinct().ToList();
    }

    /// <summary>Fails the test with the errors and the card when the card is invalid.</summary>
    public static async Task AssertValidAsync(string cardJson)
    {
        var errors = await ValidateAsync(cardJson);
        Assert.True(errors.Count == 0,
            $"Card is not valid against {SchemaFileName}:\n  {string.Join("\n  ", errors)}\n{cardJson}");
    }

    public static string SchemaPath() => Path.Combine(RepositoryPaths.Shared, "schemas", SchemaFileName);

    private static async Task<JsonSchema> LoadAsync()
    {
        var schema = JsonNode.Parse(await File.ReadAllTextAsync(SchemaPath()))!;
        // AdaptiveCard has additionalProperties: false, and the official schema does not know Teams' extension.
        schema["definitions"]!["AdaptiveCard"]!["properties"]!["msteams"] = new JsonObject
        {
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                ["width"] = new JsonObject { ["enum"] = new JsonArray("Full", "full") },
                ["entities"] = new JsonObject { ["type"] = "array" },
            },
        };
        RequireTypeInEveryBranch(schema["definitions"]!.AsObject());
        return await JsonSchema.FromJsonAsync(schema.ToJsonString());
    }

    /// <summary>
    /// Each <c>ImplementationsOf.*</c> branch is <c>{ required: [type], allOf: [$ref] }</c>. NJsonSchema reads a
    /// schema that is only an allOf reference as the referenced schema and drops its <c>required</c>, so an item
    /// without <c>type</c> would pass. <c>"type": "object"</c> (true of every branch anyway) keeps the branch whole.
    /// </summary>
    private static void RequireTypeInEveryBranch(JsonObject definitions)
    {
        var branches = definitions
            .Where(definition => definition.Key.StartsWith("ImplementationsOf.", StringComparison.Ordinal))
            .SelectMany(definition => definition.Value!["anyOf"]!.AsArray())
            .Select(branch => branch!.AsObject());
        foreach (var branch in branches)
        {
            branch["type"] = "object";
        }
    }

    /// <summary>
    /// The schema lists element types as <c>anyOf</c>, so one mistake yields an error for every element type.
    /// Follow only the branch whose <c>type</c> matches the item, so the error names the real problem.
    /// </summary>
    private static IEnumerable<string> Describe(ValidationError error)
    {
        if (error is not ChildSchemaValidationError { Errors.Count: > 0 } parent)
        {
            return [Line(error)];
        }
        if (error.Kind != ValidationErrorKind.NotAnyOf)
        {
            return parent.Errors.Values.SelectMany(errors => errors).SelectMany(Describe);
        }

        var typeKeyed = parent.Errors.Keys.Select(branch => (branch, types: TypesOf(branch))).Where(b => b.types.Count > 0).ToList();
        if (typeKeyed.Count == 0)
        {
            return [Line(error)]; // e.g. an enum given as anyOf [enum, case-insensitive pattern]
        }
        var type = (error.Token as JObject)?["type"]?.ToString();
        var matching = typeKeyed.Where(b => type is not null && b.types.Contains(type)).ToList();
        return matching.Count == 0
            ? [$"{Where(error)}: unknown or missing type '{type}'"]
            : matching.SelectMany(b => parent.Errors[b.branch]).SelectMany(Describe);
    }

    /// <summary>The <c>type</c> values a branch accepts, looking through its <c>allOf</c> references.</summary>
    private static HashSet<string> TypesOf(JsonSchema branch)
    {
        var schemas = new[] { branch.ActualSchema }.Concat(branch.ActualSchema.AllOf.Select(s => s.ActualSchema));
        return schemas
            .Where(s => s.Properties.ContainsKey("type"))
            .SelectMany(s => s.Properties["type"].ActualSchema.Enumeration)
            .Select(value => value?.ToString() ?? "")
            .ToHashSet();
    }

    private static string Line(ValidationError error)
    {
        var value = error.Token is JValue { Value: not null } v ? $" (value '{v}')" : "";
        var property = error.Property is { Length: > 0 } p && error.Kind is ValidationErrorKind.PropertyRequired or ValidationErrorKind.NoAdditionalPropertiesAllowed
            ? $" '{p}'"
            : "";
        return $"{Where(error)}: {error.Kind}{property}{value}";
    }

    private static string Where(ValidationError error) => string.IsNullOrEmpty(error.Path) ? "#" : error.Path;
}
