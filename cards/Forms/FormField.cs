namespace CoalitionBot.Cards.Forms;

/// <summary>
/// One question of a form card. <see cref="Value"/> prefills an earlier answer; <see cref="Error"/>
/// is shown under the input when the bot refused what was submitted.
/// </summary>
public abstract record FormField(string Id, string Label)
{
    public string? Value { get; init; }
    public string? Error { get; init; }
    public bool IsRequired { get; init; } = true;
    /// <summary>What the client shows when its own check fails (empty, or out of range); the form's required message when null.</summary>
    public string? InvalidMessage { get; init; }
    /// <summary>A hint inside the empty input, e.g. the range of a number or the most a text may hold.</summary>
    public string? Placeholder { get; init; }
    /// <summary>
    /// Set: the input waits behind a button with this title (Action.ToggleVisibility), so an optional extra such as a remark
    /// keeps the form short; shown at once when it holds a value or an error.
    /// </summary>
    public string? ToggleTitle { get; init; }
}

/// <summary>Free text, checked by the bot for length (the client's maxLength is only a help).</summary>
public sealed record TextField(string Id, string Label, int MaxLength) : FormField(Id, Label)
{
    public bool IsMultiline { get; init; }
}

/// <summary>One (or, multi-select, several) of a few options, shown as radio buttons or checkboxes so every option is visible (also on mobile), or as a drop-down.</summary>
public sealed record ChoiceField(string Id, string Label, IReadOnlyList<Choice> Choices) : FormField(Id, Label)
{
    /// <summary>A drop-down instead of radio buttons, for a longer list whose options need no reading side by side.</summary>
    public bool IsCompact { get; init; }

    /// <summary>Checkboxes: any number of the options, submitted as their values joined with commas.</summary>
    public bool IsMultiSelect { get; init; }
}

/// <summary>A whole number in a range, e.g. a score of 1 to 10.</summary>
public sealed record NumberField(string Id, string Label, int Min, int Max) : FormField(Id, Label);
