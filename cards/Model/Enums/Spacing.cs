namespace CoalitionBot.Cards;

/// <summary>Space above an element (schema <c>Spacing</c>).</summary>
[JsonConverter(typeof(SchemaEnumConverter<Spacing>))]
public enum Spacing
{
    Default,
    None,
    Small,
    Medium,
    Large,
    ExtraLarge,
    Padding,
}
