namespace CoalitionBot.Cards;

/// <summary>Image style (schema <c>ImageStyle</c>); <c>person</c> crops to a circle.</summary>
[JsonConverter(typeof(SchemaEnumConverter<ImageStyle>))]
public enum ImageStyle
{
    Default,
    Person,
}
