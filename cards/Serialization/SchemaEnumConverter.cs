using System.Text.Json;

namespace CoalitionBot.Cards;

/// <summary>
/// Writes enum members as the schema's camelCase strings (<c>ExtraLarge</c> → <c>"extraLarge"</c>).
/// Numbers are refused so an undefined enum value fails loudly instead of producing an invalid card.
/// </summary>
public sealed class SchemaEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    where TEnum : struct, Enum;
