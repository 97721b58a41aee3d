using System.Text.Json.Serialization;

namespace CoalitionBot.Leadership;

/// <summary>
/// The leadership results as leads see them, published at once for many members (see <see cref="Privacy.PublicationLedger"/>):
/// how many members lean to each style, how many members' ratings of the partners call for each style, and the mean of
/// those ratings.
/// </summary>
public sealed record LeadershipFigures
{
    /// <summary>How many members' latest results the figures count.</summary>
    public required int Respondents { get; init; }

    /// <summary>Members per dominant style; every style is present.</summary>
    public required IReadOnlyDictionary<LeadershipStyle, int> StyleCounts { get; init; }

    /// <summary>Members per style their ratings of the partners call for; null in figures published before it was kept (read the mean then).</summary>
    public IReadOnlyDictionary<LeadershipStyle, int>? NeedCounts { get; init; }

    public required double Ability { get; init; }

    public required double Commitment { get; init; }

    [JsonIgnore]
    public CoalitionDevelopment Development => new(Ability, Commitment);

    /// <summary>The coalition's need as a distribution; for figures published before it was kept, every member at the style the mean ratings call for.</summary>
    [JsonIgnore]
    public CoalitionNeed Need => new(NeedCounts ?? Enum.GetValues<LeadershipStyle>().ToDictionary(s => s, s => s == Development.NeededStyle ? Respondents : 0));

    public static LeadershipFigures Of(IReadOnlyCollection<LeadershipResult> latest) => new()
    {
        Respondents = latest.Count,
        StyleCounts = Enum.GetValues<LeadershipStyle>().ToDictionary(s => s, s => latest.Count(r => r.DominantStyle == s)),
        NeedCounts = CoalitionNeed.Of(latest.Select(r => r.NeededStyle)).Counts,
        Ability = latest.Count == 0 ? 0 : latest.Average(r => r.Ability),
        Commitment = latest.Count == 0 ? 0 : latest.Average(r => r.Commitment),
    };
}
