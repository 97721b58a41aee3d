namespace CoalitionBot.Cards;

/// <summary>A number field (<c>Input.Number</c>); <see cref="Min"/>/<see cref="Max"/> are validated by the client.</summary>
public sealed record NumberInput : CardInput
{
    public string? Placeholder { get; init; }

    public double? Min { get; init; }

    public double? Max { get; init; }

    public double? Value { get; init; }
}
