namespace CoalitionBot.Cards;

/// <summary>Background style of containers, columns and table parts (schema <c>ContainerStyle</c>).</summary>
[JsonConverter(typeof(SchemaEnumConverter<ContainerStyle>))]
public enum ContainerStyle
{
    Default,
    Emphasis,
    Good,
    Attention,
    Warning,
    Accent,
}
