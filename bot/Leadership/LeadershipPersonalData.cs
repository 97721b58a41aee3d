using System.Text.Json;
using System.Text.Json.Nodes;
using CoalitionBot.Coalitions;

using CoalitionBot.PersonalData;

namespace CoalitionBot.Leadership;

/// <summary>A person's leadership results: the latest and the earlier ones.</summary>
public sealed class LeadershipPersonalData(LeadershipStore results) : IPersonalDataSource
{
    public string Kind => "leadership";

    public async Task<IReadOnlyList<JsonNode>> FindAsync(CoalitionId coalition, string userId, CancellationToken cancellationToken) =>
        (await results.GetAsync(coalition, cancellationToken))?.Member(userId) is { } mine
            ? [JsonSerializer.SerializeToNode(mine, LeadershipJsonContext.Default.MemberLeadership)!]
            : [];

    public async Task<int> EraseAsync(CoalitionId coalition, string userId, CancellationToken cancellationToken) =>
        await results.RemoveMemberAsync(coalition, userId, cancellationToken) ? 1 : 0;
}
