namespace CoalitionBot.Cards;

/// <summary>Action emphasis (schema <c>ActionStyle</c>). Teams documents positive/destructive as unsupported, so treat it as a hint.</summary>
[JsonConverter(typeof(SchemaEnumConverter<ActionStyle>))]
public enum ActionStyle
{
    Default,
    Positive,
    Destructive,
}
