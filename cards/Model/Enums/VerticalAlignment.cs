namespace CoalitionBot.Cards;

/// <summary>Vertical alignment of content (schema <c>VerticalAlignment</c> / <c>VerticalContentAlignment</c>).</summary>
[JsonConverter(typeof(SchemaEnumConverter<VerticalAlignment>))]
public enum VerticalAlignment
{
    Top,
    Center,
    Bottom,
}
