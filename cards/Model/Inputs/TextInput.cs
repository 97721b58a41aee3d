namespace CoalitionBot.Cards;

/// <summary>A text field (<c>Input.Text</c>).</summary>
public sealed record TextInput : CardInput
{
    public string? Placeholder { get; init; }

    /// <summary>Prefilled text, e.g. a previous answer being edited.</summary>
    public string? Value { get; init; }

    public bool? IsMultiline { get; init; }

    /// <summary>Clients stop typing at this length; the bot must still check it.</summary>
    public int? MaxLength { get; init; }

    /// <summary>Client-side validation pattern (1.3); shows <see cref="CardInput.ErrorMessage"/> on mismatch.</summary>
    public string? Regex { get; init; }

    public TextInputStyle? Style { get; init; }
}
