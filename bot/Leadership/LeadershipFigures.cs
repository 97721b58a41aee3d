using System.Text.Json.Serialization;

namespace CoalitionBot.Leadership;

/// <summary>
/// The leadership results as leads see them, published at once for many members (see <see cref="Privacy.PublicationLedger"/>):
/// how many members lean to each style, and the mean of their ratings of the partners' ability and commitment.
/// </summary>
public sealed record LeadershipFigures
{
    /// <summary>How many members' latest results the figures count.</summary>
    public required int Respondents { get; init; }

    /// <summary>Members per dominant style; every style is present.</summary>
    public required IReadOnlyDictionary<LeadershipStyle, int> StyleCounts { get; init; }

    public required double Ability { get; init; }

    public required double Commitment { get; init; }

    [JsonIgnore]
    public CoalitionDevelopment Development => new(Ability, Commitment);

    public static LeadershipFigures Of(IReadOnlyCollection<LeadershipResult> latest) => new()
    {
        Respondents = latest.Count,
        StyleCounts = Enum.GetValues<LeadershipStyle>().ToDictionary(s => s, s => latest.Count(r => r.DominantStyle == s)),
        Ability = latest.Count == 0 ? 0 : latest.Average(r => r.Ability),
        Commitment = latest.Count == 0 ? 0 : latest.Average(r => r.Commitment),
    };
}
