using System.Text.Json;
using System.Text.Json.Nodes;
using CoalitionBot.Coalitions;
using CoalitionBot.PersonalData;

namespace CoalitionBot.Forces;

/// <summary>
/// The forces a person named: their latest, and the earlier ones the leads' summary still counts until the forces are
/// published again. Erasing takes out both.
/// </summary>
public sealed class ForcePersonalData(ForceStore forces) : IPersonalDataSource
{
    public string Kind => "forces";

    public async Task<IReadOnlyList<JsonNode>> FindAsync(CoalitionId coalition, string userId, CancellationToken cancellationToken)
    {
        if (await forces.GetAsync(coalition, cancellationToken) is not { } stored) return [];
        var latest = stored.Member(userId);
        var published = stored.Published?.FirstOrDefault(m => m.UserId == userId);
        return
        [
            .. latest is null ? [] : new[] { Node(latest, shownToLeads: Same(published, latest)) },
            .. published is null || Same(published, latest) ? [] : new[] { Node(published, shownToLeads: true) },
        ];
    }

    public async Task<int> EraseAsync(CoalitionId coalition, string userId, CancellationToken cancellationToken)
    {
        var found = (await FindAsync(coalition, userId, cancellationToken)).Count;
        return found > 0 && await forces.RemoveMemberAsync(coalition, userId, cancellationToken) ? found : 0;
    }

    /// <summary>The same answer: stored twice, so compared by what it holds.</summary>
    private static bool Same(MemberForces? a, MemberForces? b) =>
        a is not null && b is not null && a.NamedAt == b.NamedAt && a.Forces.SequenceEqual(b.Forces);

    private static JsonNode Node(MemberForces forces, bool shownToLeads)
    {
        var node = JsonSerializer.SerializeToNode(forces, ForceJsonContext.Default.MemberForces)!.AsObject();
        node["shownToLeads"] = shownToLeads;
        return node;
    }
}
