using CoalitionBot.CheckIns;
using CoalitionBot.Coalitions;
using CoalitionBot.Leadership;
using CoalitionBot.Summaries;
using CoalitionBot.ThreeBs;

namespace CoalitionBot.Exports;

/// <summary>
/// A coalition's answers for its leads, with the same anonymity as the summaries: check-in and leadership answers
/// carry no names or user ids, and rounds (or the leadership answers) with fewer respondents than the coalition's
/// minimum are left out; the 3 B's are signed views and keep their author. Answers are ordered by their content,
/// never by person, so the order cannot link one member's answers across rounds.
/// </summary>
public sealed record CoalitionExport(string Coalition, DateTimeOffset ExportedAt, int MinimumRespondents)
{
    public IReadOnlyList<CheckInRoundExport> CheckIns { get; init; } = [];
    public IReadOnlyList<LeadershipAnswerExport> Leadership { get; init; } = [];
    public IReadOnlyList<ThreeBsAnswerExport> ThreeBs { get; init; } = [];

    public static CoalitionExport Of(Coalition coalition, IEnumerable<CheckInRound> rounds, CoalitionLeadership? leadership, ThreeBsSummary threeBs, DateTimeOffset now)
    {
        var minimum = coalition.MinimumRespondents;
        var latestLeadership = leadership?.Members.Select(m => m.Latest).ToList() ?? [];
        return new CoalitionExport(coalition.Name ?? coalition.Id.TeamId, now, minimum)
        {
            CheckIns =
            [
                .. rounds.Where(r => r.Answers.Count >= minimum).OrderBy(r => r.RoundId, StringComparer.Ordinal)
                    .Select(r => new CheckInRoundExport(r.RoundId, r.Answers.Count,
                        [.. r.Answers.Values.Select(CheckInAnswerExport.Of).OrderBy(a => a.Bottleneck, StringComparer.Ordinal).ThenBy(a => a.NextStep, StringComparer.Ordinal)])),
            ],
            Leadership = latestLeadership.Count < minimum ? [] :
            [
                .. latestLeadership.Select(r => new LeadershipAnswerExport(r.DominantStyle, r.Flexibility, r.Ability, r.Commitment, r.NeededStyle))
                    .OrderBy(a => a.DominantStyle).ThenBy(a => a.Ability).ThenBy(a => a.Commitment).ThenBy(a => a.Flexibility),
            ],
            ThreeBs =
            [
                .. threeBs.Partners.SelectMany(p => p.Views.Select(v => new ThreeBsAnswerExport(
                    p.Partner.Name, p.Partner.Role, v.AuthorName, v.Description.DescribedAt, v.Description.Intention, v.Description.Interest,
                    v.Description.Contribution, v.Description.Influence, v.Description.Involvement, v.Description.Attitude))),
            ],
        };
    }
}

/// <summary>One check-in round with enough respondents.</summary>
public sealed record CheckInRoundExport(string Round, int Respondents, IReadOnlyList<CheckInAnswerExport> Answers);

/// <summary>One member's check-in, without who gave it or when.</summary>
public sealed record CheckInAnswerExport(IReadOnlyDictionary<CheckInAspect, int> Scores, IReadOnlyDictionary<CheckInAspect, string> Remarks, string Bottleneck, string NextStep)
{
    public static CheckInAnswerExport Of(CheckInAnswer answer) => new(answer.Scores, answer.Remarks, answer.Bottleneck, answer.NextStep);
}

/// <summary>One member's latest leadership result, without who gave it or when.</summary>
public sealed record LeadershipAnswerExport(LeadershipStyle DominantStyle, int Flexibility, double Ability, double Commitment, LeadershipStyle NeededStyle);

/// <summary>One member's current 3 B's of a partner, signed.</summary>
public sealed record ThreeBsAnswerExport(string Partner, NetworkRole PartnerRole, string? Author, DateTimeOffset DescribedAt,
    string Intention, string Interest, string Contribution, int Influence, int Involvement, Attitude Attitude);
