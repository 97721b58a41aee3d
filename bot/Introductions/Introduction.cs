namespace CoalitionBot.Introductions;

/// <summary>A member's introduction as stored.</summary>
public sealed record Introduction(string Organisation, string Role, int HoursPerMonth, DateTimeOffset SavedAt)
{
    public int SchemaVersion { get; init; } = 1;
}
