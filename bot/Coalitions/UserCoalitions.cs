using System.Text.Json.Serialization;
using CoalitionBot.Storage;

namespace CoalitionBot.Coalitions;

/// <summary>
/// Which coalitions one person belongs to (per tenant), so a 1:1 chat knows which coalition an answer
/// is for without reading every team. Kept in step with <see cref="Coalition.Members"/>.
/// </summary>
public sealed record UserCoalitions : IVersionedDocument
{
    public const int CurrentSchemaVersion = 1;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    [JsonIgnore]
    public int KnownSchemaVersion => CurrentSchemaVersion;
    public IReadOnlyList<CoalitionMembership> Coalitions { get; init; } = [];

    public UserCoalitions With(CoalitionId id, string? name) => Coalitions.Contains(new CoalitionMembership(id, name)) ? this : this with
    {
        Coalitions = [.. Coalitions.Where(c => c.Id != id), new CoalitionMembership(id, name)],
    };

    /// <summary>The coalition under its team's new name, where it is in the list (left or not).</summary>
    public UserCoalitions Renamed(CoalitionId id, string name) => this with
    {
        Coalitions = [.. Coalitions.Select(c => c.Id == id ? c with { Name = name } : c)],
    };

    public UserCoalitions Without(CoalitionId id) => this with { Coalitions = [.. Coalitions.Where(c => c.Id != id)] };

    /// <summary>Kept after leaving the team: the coalition still holds their answers, which "delete my data" must find.</summary>
    public UserCoalitions Left(CoalitionId id) => this with
    {
        Coalitions = [.. Coalitions.Select(c => c.Id == id ? c with { HasLeft = true } : c)],
    };
}

public sealed record CoalitionMembership(CoalitionId Id, string? Name)
{
    public bool HasLeft { get; init; }
}
