namespace CoalitionBot.Cards;

/// <summary>Which inputs a submit/execute action sends: those on the card (auto) or none, e.g. for a Cancel button.</summary>
[JsonConverter(typeof(SchemaEnumConverter<AssociatedInputs>))]
public enum AssociatedInputs
{
    Auto,
    None,
}
