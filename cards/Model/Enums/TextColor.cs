namespace CoalitionBot.Cards;

/// <summary>Text colour (schema <c>Colors</c>); the host's theme decides the actual colour.</summary>
[JsonConverter(typeof(SchemaEnumConverter<TextColor>))]
public enum TextColor
{
    Default,
    Dark,
    Light,
    Accent,
    Good,
    Warning,
    Attention,
}
