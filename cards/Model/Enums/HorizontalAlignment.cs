namespace CoalitionBot.Cards;

/// <summary>Horizontal alignment (schema <c>HorizontalAlignment</c>).</summary>
[JsonConverter(typeof(SchemaEnumConverter<HorizontalAlignment>))]
public enum HorizontalAlignment
{
    Left,
    Center,
    Right,
}
