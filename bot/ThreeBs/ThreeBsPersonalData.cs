using System.Text.Json;
using System.Text.Json.Nodes;
using CoalitionBot.Coalitions;

using CoalitionBot.PersonalData;

namespace CoalitionBot.ThreeBs;

/// <summary>A person's descriptions of partners (with their history), and the partners they added.</summary>
public sealed class ThreeBsPersonalData(ThreeBsStore descriptions) : IPersonalDataSource
{
    public string Kind => "threeBs";

    public async Task<IReadOnlyList<JsonNode>> FindAsync(CoalitionId coalition, string userId, CancellationToken cancellationToken)
    {
        var found = new List<JsonNode>();
        foreach (var partnerId in await descriptions.PartnerIdsAsync(coalition, cancellationToken))
            if ((await descriptions.GetAsync(coalition, partnerId, cancellationToken))?.ByMember.GetValueOrDefault(userId) is { } mine)
                found.Add(new JsonObject { ["partner"] = partnerId, ["descriptions"] = JsonSerializer.SerializeToNode(mine, ThreeBsJsonContext.Default.MemberDescriptions) });
        return found;
    }

    public async Task<int> EraseAsync(CoalitionId coalition, string userId, CancellationToken cancellationToken)
    {
        var erased = 0;
        foreach (var partnerId in await descriptions.PartnerIdsAsync(coalition, cancellationToken))
            if (await descriptions.RemoveMemberAsync(coalition, partnerId, userId, cancellationToken)) erased++;
        return erased;
    }
}
