namespace CoalitionBot.Cards;

/// <summary>
/// Sends the card's input values, merged with <see cref="Data"/>, to the bot as a message activity's <c>value</c>.
/// </summary>
public sealed record SubmitAction : CardAction
{
    /// <summary>
    /// Hidden values sent back with the inputs, e.g. <c>new JsonObject { ["dialog"] = "threeBs" }</c>.
    /// A JsonObject keeps building easy; the schema also allows a string, which we never need.
    /// </summary>
    public JsonObject? Data { get; init; }

    public AssociatedInputs? AssociatedInputs { get; init; }
}
