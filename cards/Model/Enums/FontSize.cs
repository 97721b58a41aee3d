namespace CoalitionBot.Cards;

/// <summary>Text size (schema <c>FontSize</c>).</summary>
[JsonConverter(typeof(SchemaEnumConverter<FontSize>))]
public enum FontSize
{
    Default,
    Small,
    Medium,
    Large,
    ExtraLarge,
}
