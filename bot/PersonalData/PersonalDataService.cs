using System.Text.Json;
using System.Text.Json.Nodes;
using CoalitionBot.Coalitions;
using CoalitionBot.Conversations;
using CoalitionBot.Introductions;
using CoalitionBot.Storage;

namespace CoalitionBot.PersonalData;

/// <summary>
/// Everything the bot keeps about one person, gathered for "my data" and erased for "delete my data":
/// their answers in every coalition they are or were in, their memberships, their conversation state,
/// their introduction and the way to reach them 1:1.
/// </summary>
public sealed class PersonalDataService(
    CoalitionStore coalitions,
    IEnumerable<IPersonalDataSource> sources,
    ConversationUserStateStore states,
    ConversationReferenceStore references,
    IntroductionStore introductions,
    IDocumentStore store)
{
    public async Task<JsonObject> ExportAsync(PersonRef person, CancellationToken cancellationToken)
    {
        var coalitionsJson = new JsonArray();
        foreach (var membership in await coalitions.AllCoalitionsOfAsync(person.TenantId, person.UserId, cancellationToken))
        {
            var coalition = await coalitions.GetAsync(membership.Id, cancellationToken);
            var entry = new JsonObject
            {
                ["team"] = membership.Id.TeamId,
                ["name"] = coalition?.Name ?? membership.Name,
                ["role"] = coalition?.Member(person.UserId)?.Role.ToString(),
                ["hasLeft"] = membership.HasLeft,
                ["partnersAdded"] = new JsonArray([.. (coalition?.Partners ?? []).Where(p => p.AddedBy == person.UserId).Select(p => (JsonNode)p.Name)]),
            };
            foreach (var source in sources)
                entry[source.Kind] = new JsonArray([.. await source.FindAsync(membership.Id, person.UserId, cancellationToken)]);
            coalitionsJson.Add(entry);
        }

        var stateJson = new JsonArray();
        foreach (var state in await states.StatesOfUserAsync(person.ChannelId, person.UserId, cancellationToken))
            stateJson.Add(new JsonObject { ["language"] = state.Language, ["dialogInProgress"] = state.Dialog?.DialogId });

        var introduction = await introductions.GetAsync(person, cancellationToken);
        return new JsonObject
        {
            ["user"] = new JsonObject { ["id"] = person.UserId, ["tenant"] = person.TenantId },
            ["exportedAt"] = DateTimeOffset.UtcNow,
            ["coalitions"] = coalitionsJson,
            ["conversations"] = stateJson,
            ["introduction"] = introduction is null ? null : JsonSerializer.SerializeToNode(introduction, IntroductionJsonContext.Default.Introduction),
            ["reachableInPersonalChat"] = await references.GetPersonalAsync(person.ChannelId, person.UserId, cancellationToken) is not null,
        };
    }

    /// <summary>Erases it all; returns how many records of each kind were removed.</summary>
    public async Task<ErasureReport> EraseAsync(PersonRef person, CancellationToken cancellationToken)
    {
        var answers = 0;
        var memberships = await coalitions.AllCoalitionsOfAsync(person.TenantId, person.UserId, cancellationToken);
        foreach (var membership in memberships)
        {
            foreach (var source in sources) answers += await source.EraseAsync(membership.Id, person.UserId, cancellationToken);
            await coalitions.ForgetMemberAsync(membership.Id, person.UserId, cancellationToken);
        }
        await coalitions.DeleteUserListAsync(person.TenantId, person.UserId, cancellationToken);

        var conversations = 0;
        foreach (var key in await states.KeysOfUserAsync(person.ChannelId, person.UserId, cancellationToken))
            if (await store.DeleteAsync(key, null, cancellationToken)) conversations++;
        var introduction = await introductions.DeleteAsync(person, cancellationToken);
        await references.ForgetPersonalAsync(person.ChannelId, person.UserId, cancellationToken);
        return new ErasureReport(memberships.Count, answers + (introduction ? 1 : 0), conversations);
    }
}
