namespace CoalitionBot.Cards;

/// <summary>TextBlock style (1.5); <c>heading</c> marks the text as a heading for screen readers.</summary>
[JsonConverter(typeof(SchemaEnumConverter<TextBlockStyle>))]
public enum TextBlockStyle
{
    Default,
    Heading,
}
