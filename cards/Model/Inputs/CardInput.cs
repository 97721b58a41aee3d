namespace CoalitionBot.Cards;

/// <summary>
/// Base of the input elements. The submitted <c>value</c> is keyed by <see cref="Id"/>, so inputs must have one.
/// </summary>
public abstract record CardInput : CardElement
{
    /// <summary>Required here (optional on other elements): the key of the value in the submitted data.</summary>
    [JsonPropertyOrder(-1)]
    public new required string Id
    {
        get => base.Id!;
        init => base.Id = value;
    }

    /// <summary>Shown above the input and read by screen readers (1.3); prefer it to a separate TextBlock.</summary>
    public string? Label { get; init; }

    /// <summary>The client blocks submitting until the input is valid (1.3).</summary>
    public bool? IsRequired { get; init; }

    /// <summary>Shown when the input is invalid; give one with every required input.</summary>
    public string? ErrorMessage { get; init; }

    public BlockElementHeight? Height { get; init; }
}
