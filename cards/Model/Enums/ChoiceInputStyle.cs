namespace CoalitionBot.Cards;

/// <summary>How an Input.ChoiceSet is shown: a drop-down (compact) or radio buttons / checkboxes (expanded).</summary>
[JsonConverter(typeof(SchemaEnumConverter<ChoiceInputStyle>))]
public enum ChoiceInputStyle
{
    Compact,
    Expanded,
}
