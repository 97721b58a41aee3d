using System.Text.Json.Serialization;
using CoalitionBot.Storage;

namespace CoalitionBot.Introductions;

/// <summary>A member's introduction as stored.</summary>
public sealed record Introduction(string Organisation, string Role, int HoursPerMonth, DateTimeOffset SavedAt) : IVersionedDocument
{
    public const int CurrentSchemaVersion = 1;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    [JsonIgnore]
    public int KnownSchemaVersion => CurrentSchemaVersion;
}
