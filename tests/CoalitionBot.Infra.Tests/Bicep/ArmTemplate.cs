using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CoalitionBot.Infra.Tests.Bicep;

/// <summary>A compiled ARM template, with the resources of its modules (nested deployments) in reach.</summary>
public sealed class ArmTemplate(JsonObject root)
{
    public JsonObject Root { get; } = root;

    /// <summary>Every resource, including those inside module deployments, in document order.</summary>
    public IEnumerable<JsonObject> AllResources() => ResourcesOf(Root);

    /// <summary>The one resource of this type anywhere in the template.</summary>
    public JsonObject Single(string type)
    {
        var matches = AllResources().Where(resource => Type(resource) == type).ToList();
        Assert.True(matches.Count == 1, $"Expected one {type}, found {matches.Count}.");
        return matches[0];
    }

    /// <summary>The parameter values main.bicep passes to the module deployment of this name.</summary>
    public JsonObject ModuleParameters(string moduleName)
    {
        var module = AllResources().Single(resource =>
            Type(resource) == "Microsoft.Resources/deployments" && (string?)resource["name"] == moduleName);
        return module["properties"]!["parameters"]!.AsObject();
    }

    /// <summary>
    /// An expression of the resource with its template's text variables written in, so a test can see the
    /// value: "[f(variables('roleId'))]" becomes "[f('ba92...')]".
    /// </summary>
    public string WithVariables(JsonObject resource, string? expression)
    {
        var variables = TemplateOf(Root, resource)?["variables"] as JsonObject;
        return Regex.Replace(expression ?? "", @"variables\('([^']+)'\)", match =>
            variables?[match.Groups[1].Value] is JsonValue value && value.TryGetValue<string>(out var text) ? $"'{text}'" : match.Value);
    }

    public static string? Type(JsonObject resource) => (string?)resource["type"];

    private static JsonObject? TemplateOf(JsonObject template, JsonObject resource)
    {
        var own = Own(template).ToList();
        if (own.Contains(resource)) return template;
        return own
            .Select(inner => inner["properties"]?["template"] as JsonObject)
            .Where(nested => nested is not null)
            .Select(nested => TemplateOf(nested!, resource))
            .FirstOrDefault(found => found is not null);
    }

    // "resources" is an array, or an object keyed by symbolic name when Bicep emits language version 2.
    private static IEnumerable<JsonObject> Own(JsonObject template) => template["resources"] switch
    {
        JsonArray array => array.Select(node => node!.AsObject()),
        JsonObject byName => byName.Select(pair => pair.Value!.AsObject()),
        _ => [],
    };

    private static IEnumerable<JsonObject> ResourcesOf(JsonObject template)
    {
        foreach (var resource in Own(template))
        {
            yield return resource;
            if (Type(resource) == "Microsoft.Resources/deployments" && resource["properties"]?["template"] is JsonObject nested)
                foreach (var inner in ResourcesOf(nested))
                    yield return inner;
        }
    }
}
