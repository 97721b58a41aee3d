namespace CoalitionBot.Cards;

/// <summary>A checkbox (<c>Input.Toggle</c>); submits <see cref="ValueOn"/> or <see cref="ValueOff"/> ("true"/"false" by default).</summary>
public sealed record ToggleInput : CardInput
{
    /// <summary>Text next to the checkbox.</summary>
    public required string Title { get; init; }

    /// <summary>Initial state: equal to <see cref="ValueOn"/> to start checked.</summary>
    public string? Value { get; init; }

    public string? ValueOn { get; init; }

    public string? ValueOff { get; init; }

    public bool? Wrap { get; init; }
}
