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
}
