using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoalitionBot.BotFramework.Schema;

/// <summary>An entity on an activity (<c>mention</c>, <c>clientInfo</c>, ...); its fields depend on its type.</summary>
public sealed record Entity
{
    public string? Type { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; } // settable: System.Text.Json cannot fill init-only extension data

    public string? GetString(string property) =>
        Properties is not null && Properties.TryGetValue(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
