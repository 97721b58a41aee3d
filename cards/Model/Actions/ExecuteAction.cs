namespace CoalitionBot.Cards;

/// <summary>
/// Universal Action (1.4): sends an <c>adaptiveCard/action</c> invoke with <see cref="Verb"/>, the inputs and
/// <see cref="Data"/>; the bot may answer with a replacement card. Give it a <see cref="SubmitAction"/> fallback.
/// </summary>
public sealed record ExecuteAction : CardAction
{
    public string? Verb { get; init; }

    /// <inheritdoc cref="SubmitAction.Data"/>
    public JsonObject? Data { get; init; }

    public AssociatedInputs? AssociatedInputs { get; init; }
}
