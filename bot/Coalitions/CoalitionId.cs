using System.Text.Json;
using System.Text.Json.Nodes;
using CoalitionBot.Storage;

namespace CoalitionBot.Coalitions;

/// <summary>
/// A coalition is one Teams team in one tenant. Every stored document of a coalition lives under
/// <see cref="StoragePrefix"/>, so one coalition's data is never reachable through another's keys.
/// </summary>
public sealed record CoalitionId(string TenantId, string TeamId)
{
    private const string TenantOption = "tenant", TeamOption = "team";

    public string StoragePrefix => StorageKey.Of("coalitions", TenantId, TeamId);

    /// <summary>The key of one of this coalition's documents, e.g. Key("checkins", "3").</summary>
    public string Key(params string[] segments) => StoragePrefix + "/" + StorageKey.Of(segments);

    /// <summary>Dialog options carry the coalition a dialog was started for; never taken from form input.</summary>
    public IEnumerable<KeyValuePair<string, string>> ToOptions() => [new(TenantOption, TenantId), new(TeamOption, TeamId)];

    public static CoalitionId FromOptions(IReadOnlyDictionary<string, string> options) =>
        new(options[TenantOption], options[TeamOption]);

    /// <summary>Puts the coalition in a card button's data, for a button that must act on this coalition whatever chat it is clicked in.</summary>
    public JsonObject AddTo(JsonObject buttonData)
    {
        buttonData[TenantOption] = TenantId;
        buttonData[TeamOption] = TeamId;
        return buttonData;
    }

    /// <summary>Longer than any Teams tenant or team id; a forged id of many kilobytes would not even make a storage key.</summary>
    private const int MaxIdLength = 256;

    /// <summary>The coalition a clicked button names; anyone can forge it, so check the clicker's role in it before use.</summary>
    public static CoalitionId? FromButton(JsonElement buttonData) =>
        buttonData.TryGetProperty(TenantOption, out var tenant) && tenant.ValueKind == JsonValueKind.String && tenant.GetString() is { Length: > 0 and <= MaxIdLength } tenantId
        && buttonData.TryGetProperty(TeamOption, out var team) && team.ValueKind == JsonValueKind.String && team.GetString() is { Length: > 0 and <= MaxIdLength } teamId
            ? new CoalitionId(tenantId, teamId)
            : null;
}
