namespace CoalitionBot.Cards;

/// <summary>Text weight (schema <c>FontWeight</c>).</summary>
[JsonConverter(typeof(SchemaEnumConverter<FontWeight>))]
public enum FontWeight
{
    Default,
    Lighter,
    Bolder,
}
