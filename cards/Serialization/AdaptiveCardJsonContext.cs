using System.Text.Json;

namespace CoalitionBot.Cards;

/// <summary>
/// Source-generated metadata for the card model: camelCase names and nulls left out, so a card carries
/// only what was set and stays well under Teams' size limit.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(AdaptiveCard))]
internal sealed partial class AdaptiveCardJsonContext : JsonSerializerContext;
