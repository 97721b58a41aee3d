namespace CoalitionBot.Cards;

/// <summary>
/// An element of a card body (schema <c>ImplementationsOf.Element</c>). The <c>type</c> discriminator
/// is written first, as Adaptive Card renderers read it to pick the element class.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TextBlock), "TextBlock")]
[JsonDerivedType(typeof(RichTextBlock), "RichTextBlock")]
[JsonDerivedType(typeof(Image), "Image")]
[JsonDerivedType(typeof(Container), "Container")]
[JsonDerivedType(typeof(ColumnSet), "ColumnSet")]
[JsonDerivedType(typeof(FactSet), "FactSet")]
[JsonDerivedType(typeof(ActionSet), "ActionSet")]
[JsonDerivedType(typeof(Table), "Table")]
[JsonDerivedType(typeof(TextInput), "Input.Text")]
[JsonDerivedType(typeof(NumberInput), "Input.Number")]
[JsonDerivedType(typeof(ChoiceSetInput), "Input.ChoiceSet")]
[JsonDerivedType(typeof(ToggleInput), "Input.Toggle")]
[JsonDerivedType(typeof(DateInput), "Input.Date")]
public abstract record CardElement
{
    /// <summary>Needed to target the element from <see cref="ToggleVisibilityAction"/>.</summary>
    [JsonPropertyOrder(-1)] // next to the type, so logged cards are easy to scan
    public string? Id { get; init; }

    /// <summary>False hides the element until a ToggleVisibility action shows it.</summary>
    public bool? IsVisible { get; init; }

    public Spacing? Spacing { get; init; }

    /// <summary>Draws a line above the element.</summary>
    public bool? Separator { get; init; }
}
