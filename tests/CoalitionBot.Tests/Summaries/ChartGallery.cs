using CoalitionBot.CheckIns;
using CoalitionBot.Coalitions;
using CoalitionBot.Forces;
using CoalitionBot.Leadership;
using CoalitionBot.Resources;
using CoalitionBot.Summaries;
using CoalitionBot.Tests.Leadership;
using CoalitionBot.ThreeBs;

namespace CoalitionBot.Tests.Summaries;

/// <summary>
/// One chart of each kind the bot draws, in Dutch, with every kind of text a chart has: tick labels, axis titles,
/// a legend, and partners' names beside their points, with accents and a shortened name.
/// </summary>
internal static class ChartGallery
{
    public static IReadOnlyDictionary<string, byte[]> Draw()
    {
        using var dutch = new CultureScope("nl-NL");
        var aspects = CheckInAspects.Core;
        return new Dictionary<string, byte[]>
        {
            ["aspects"] = AspectChart.Png(CheckInSummary.Of(SummaryTestData.Round("2026-11",
                SummaryTestData.CheckIn("a", 8), SummaryTestData.CheckIn("b", 9), SummaryTestData.CheckIn("c", 6, others: 5)), previous: null, minimumRespondents: 3).Aspects),
            ["styles"] = StyleChart.Png(Enum.GetValues<LeadershipStyle>().ToDictionary(s => s, s => (int)s + 1), [LeadershipStyle.Supporting]),
            ["trend"] = CheckInTrendChart.Png([.. Enumerable.Range(6, 6).Select(month =>
                new RoundMeans($"2026-{month:D2}", aspects.ToDictionary(a => a, a => 5.0 + (month + (int)a) % 4)))]),
            ["force-field"] = ForceFieldChart.Png(
            [
                Partner("Coöperatie Zuid", involvement: 4, influence: 4, Attitude.Supportive),
                Partner("Café de Wijk", involvement: 2, influence: 3, Attitude.Neutral),
                Partner("Jeugdgezondheidszorg Leiden", involvement: 3, influence: 2, Attitude.Resistant),
                Partner("Wethouder", involvement: 1, influence: 5, Attitude.Resistant, Attitude.Supportive),
            ], Strings.ThreeBsInvolvement, Strings.ThreeBsInfluence),
            ["forces"] = ForcesChart.Png(ForceFigures.Of(
            [
                Named("29:a", (ForceDirection.For, "Steun van de wethouder", 3), (ForceDirection.Against, "Geen tijd bij de huisartsen", 3)),
                Named("29:b", (ForceDirection.For, "Steun van de wethouder", 2), (ForceDirection.For, "Coöperatie Zuid doet mee", 2), (ForceDirection.Against, "Financiering na 2027 is nog onzeker", 2)),
                Named("29:c", (ForceDirection.For, "Steun van de wethouder", 3), (ForceDirection.Against, "Geen tijd bij de huisartsen", 1), (ForceDirection.Against, "Privacyregels (AVG)", 1)),
            ])),
            ["distribution"] = AspectDistributionChart.Png(CheckInSummary.Of(SummaryTestData.Round("2026-11",
                SummaryTestData.CheckIn("a", 8, others: 3), SummaryTestData.CheckIn("b", 9, others: 9), SummaryTestData.CheckIn("c", 6, others: 7),
                SummaryTestData.CheckIn("d", 8, others: 7), SummaryTestData.CheckIn("e", 10, others: 6)), previous: null, minimumRespondents: 3).Aspects),
        };
    }

    private static MemberForces Named(string userId, params (ForceDirection Direction, string Text, int Strength)[] forces) =>
        new(userId, DateTimeOffset.UnixEpoch, [.. forces.Select(f => new NamedForce(f.Direction, f.Text, f.Strength))]);

    private static PartnerSummary Partner(string name, double involvement, double influence, params Attitude[] attitudes) => new(
        new Partner(name, name, NetworkRole.Implementer), [], new ScoreSpread(influence, 1, 5, 3), new ScoreSpread(involvement, 1, 5, 3),
        Enum.GetValues<Attitude>().ToDictionary(a => a, a => attitudes.Count(x => x == a)));
}
