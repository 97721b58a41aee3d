namespace CoalitionBot.Cards;

/// <summary>
/// A drop-down (compact) or radio buttons / checkboxes (expanded). The submitted value is the chosen
/// <see cref="Choice.Value"/>; with <see cref="IsMultiSelect"/> the values are joined with commas.
/// </summary>
public sealed record ChoiceSetInput : CardInput
{
    public required IReadOnlyList<Choice> Choices { get; init; }

    public ChoiceInputStyle? Style { get; init; }

    public bool? IsMultiSelect { get; init; }

    /// <summary>Preselected value(s), comma-separated when multi-select.</summary>
    public string? Value { get; init; }

    /// <summary>Shown in a compact set before anything is chosen.</summary>
    public string? Placeholder { get; init; }

    /// <summary>Lets long choice titles wrap instead of being cut off.</summary>
    public bool? Wrap { get; init; }
}
