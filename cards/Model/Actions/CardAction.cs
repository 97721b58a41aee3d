namespace CoalitionBot.Cards;

/// <summary>
/// A button on a card (schema <c>ImplementationsOf.Action</c>); <c>type</c> is written first.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(SubmitAction), "Action.Submit")]
[JsonDerivedType(typeof(ExecuteAction), "Action.Execute")]
[JsonDerivedType(typeof(OpenUrlAction), "Action.OpenUrl")]
[JsonDerivedType(typeof(ShowCardAction), "Action.ShowCard")]
[JsonDerivedType(typeof(ToggleVisibilityAction), "Action.ToggleVisibility")]
public abstract record CardAction
{
    public string? Title { get; init; }

    public string? Id { get; init; }

    /// <summary>Icon next to the title; a URL or a data: URI.</summary>
    public string? IconUrl { get; init; }

    public ActionStyle? Style { get; init; }

    /// <summary>Hover text and screen-reader label (1.5).</summary>
    public string? Tooltip { get; init; }

    public bool? IsEnabled { get; init; }

    public ActionMode? Mode { get; init; }

    /// <summary>Action shown by clients that do not know this one, e.g. Action.Submit for Action.Execute.</summary>
    public CardAction? Fallback { get; init; }
}
