namespace CoalitionBot.Cards;

/// <summary>An option of a <see cref="ChoiceSetInput"/>: the title is shown, the value is submitted.</summary>
public sealed record Choice(string Title, string Value);
