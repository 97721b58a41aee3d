namespace CoalitionBot.Cards;

/// <summary>Font family (schema <c>FontType</c>).</summary>
[JsonConverter(typeof(SchemaEnumConverter<FontType>))]
public enum FontType
{
    Default,
    Monospace,
}
