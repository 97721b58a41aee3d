namespace CoalitionBot.Cards;

/// <summary>Whether an action is a button (primary) or sits in the overflow menu (secondary); 1.5.</summary>
[JsonConverter(typeof(SchemaEnumConverter<ActionMode>))]
public enum ActionMode
{
    Primary,
    Secondary,
}
