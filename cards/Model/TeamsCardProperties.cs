namespace CoalitionBot.Cards;

/// <summary>The Teams <c>msteams</c> extension of a card.</summary>
public sealed record TeamsCardProperties
{
    /// <summary>Full width uses the whole message pane, which suits forms and tables.</summary>
    public TeamsCardWidth? Width { get; init; }

    /// <summary><c>"msteams": { "width": "Full" }</c></summary>
    public static TeamsCardProperties FullWidth { get; } = new() { Width = TeamsCardWidth.Full };
}
