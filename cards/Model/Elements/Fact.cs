namespace CoalitionBot.Cards;

/// <summary>One row of a <see cref="FactSet"/>; the value supports Markdown.</summary>
public sealed record Fact(string Title, string Value);
