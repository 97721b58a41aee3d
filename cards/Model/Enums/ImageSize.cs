namespace CoalitionBot.Cards;

/// <summary>Approximate image size chosen by the host (schema <c>ImageSize</c>).</summary>
[JsonConverter(typeof(SchemaEnumConverter<ImageSize>))]
public enum ImageSize
{
    Auto,
    Stretch,
    Small,
    Medium,
    Large,
}
