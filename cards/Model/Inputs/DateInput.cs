namespace CoalitionBot.Cards;

/// <summary>A date picker (<c>Input.Date</c>); dates travel as "yyyy-MM-dd".</summary>
public sealed record DateInput : CardInput
{
    public string? Placeholder { get; init; }

    public DateOnly? Min { get; init; }

    public DateOnly? Max { get; init; }

    public DateOnly? Value { get; init; }
}
