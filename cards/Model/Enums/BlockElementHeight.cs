namespace CoalitionBot.Cards;

/// <summary>Element height (schema <c>BlockElementHeight</c>): fit the content or fill the parent.</summary>
[JsonConverter(typeof(SchemaEnumConverter<BlockElementHeight>))]
public enum BlockElementHeight
{
    Auto,
    Stretch,
}
