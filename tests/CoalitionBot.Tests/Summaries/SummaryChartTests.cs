using CoalitionBot.Cards;
using CoalitionBot.CheckIns;
using CoalitionBot.Coalitions;
using CoalitionBot.Forces;
using CoalitionBot.Leadership;
using CoalitionBot.Summaries;
using CoalitionBot.Tests.Leadership;
using CoalitionBot.ThreeBs;
using static CoalitionBot.Tests.Summaries.SummaryTestData;

namespace CoalitionBot.Tests.Summaries;

/// <summary>The trend, style and force-field charts are small PNGs, and the cards that carry them stay under the Teams limit for a large coalition.</summary>
public sealed class SummaryChartTests
{
    private static void AssertSmallPng(byte[] png)
    {
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        Assert.InRange(png.Length, 1_000, 20_000);
    }

    private static IReadOnlyList<CheckInRound> Rounds(int count, int members) =>
        [.. Enumerable.Range(1, count).Select(month => Round($"2026-{month:D2}", [.. Enumerable.Range(1, members).Select(i => CheckIn($"29:m{i}", 1 + (i + month) % 10, others: 1 + i % 10, bottleneck: $"Knelpunt {i} " + new string('k', 200)))]))];

    [Fact]
    public void The_trend_chart_of_six_rounds_is_a_small_png()
    {
        using var dutch = new CultureScope("nl-NL");
        AssertSmallPng(CheckInTrendChart.Png([.. Rounds(6, 5).Select(r => RoundMeans.Of(r, minimumRespondents: 3)!)]));
    }

    [Fact]
    public void The_style_chart_is_a_small_png()
    {
        using var dutch = new CultureScope("nl-NL");
        var counts = Enum.GetValues<LeadershipStyle>().ToDictionary(s => s, s => (int)s + 1);
        AssertSmallPng(StyleChart.Png(counts, [LeadershipStyle.Supporting]));
    }

    [Fact]
    public void The_force_field_of_forty_partners_is_a_small_png()
    {
        using var dutch = new CultureScope("nl-NL");
        var partners = Enumerable.Range(1, 40).Select(i => new PartnerSummary(new Partner($"p{i}", $"Partnerorganisatie nummer {i}", NetworkRole.Implementer), [],
            new ScoreSpread(1 + i % 5, 1, 5, 3), new ScoreSpread(1 + i * 7 % 5, 1, 5, 3), new Dictionary<Attitude, int>())).ToList();
        AssertSmallPng(ForceFieldChart.Png(partners, "Betrokkenheid", "Invloed", ["Steunend", "Neutraal", "Weerstand", "Verdeeld"]));
    }

    /// <summary>Forty members, each naming three long forces of each kind, a third of them the same.</summary>
    private static ForceFigures ManyForces() => ForceFigures.Of([.. Enumerable.Range(1, 40).Select(m => new MemberForces($"29:m{m}", DateTimeOffset.UnixEpoch,
        [.. Enumerable.Range(1, 3).SelectMany(i => new[]
        {
            new NamedForce(ForceDirection.For, $"Bevorderende kracht {(m % 3 == 0 ? i : m * 10 + i)} " + new string('b', 140), 1 + (m + i) % 3),
            new NamedForce(ForceDirection.Against, $"Belemmerende kracht {(m % 3 == 0 ? i : m * 10 + i)} " + new string('t', 140), 1 + m % 3),
        })]))]);

    [Fact]
    public void The_force_field_diagram_of_forty_members_is_a_small_png_with_the_strongest_forces()
    {
        using var dutch = new CultureScope("nl-NL");
        var figures = ManyForces();

        AssertSmallPng(ForcesChart.Png(figures));
        var drawn = ForcesChart.Drawn(figures);
        Assert.Equal(2 * ForcesChart.MaxBarsPerDirection, drawn.Count);
        // The forces named by many are drawn, strongest first; the list has every force.
        Assert.All(drawn.Take(3), d => Assert.True(d.Direction == ForceDirection.For && d.Force.Count == 13));
        Assert.Equal(2 * (3 + 27 * 3), figures.For.Count + figures.Against.Count); // 13 members name the same three
    }

    [Fact]
    public void A_forces_summary_of_forty_members_fits_in_cards_under_the_limit_with_every_force_listed()
    {
        using var dutch = new CultureScope("nl-NL");
        var figures = ManyForces();

        var cards = ForceSummaryCard.Build(new ForceSummary(40, 3, figures));

        Assert.True(cards.Count > 1);
        Assert.All(cards, card => Assert.True(card.FitsTeamsLimit(), $"{card.Size()} bytes"));
        Assert.Single(cards, card => card.ToJson().Contains("data:image/png;base64,", StringComparison.Ordinal));
        var all = string.Concat(cards.Select(c => c.ToJson()));
        Assert.All(figures.For.Concat(figures.Against), force => Assert.Contains(force.Text[..24], all));
    }

    [Fact]
    public void A_check_in_summary_of_a_large_coalition_over_six_rounds_fits_in_cards_under_the_limit()
    {
        using var dutch = new CultureScope("nl-NL");
        var rounds = Rounds(8, 120);
        var summary = CheckInSummary.Of(rounds[^1], rounds[^2], 3) with { History = [.. rounds.TakeLast(6).Select(r => RoundMeans.Of(r, minimumRespondents: 3)!)] };

        var cards = CheckInSummaryCard.Build(summary);

        Assert.All(cards, card => Assert.True(card.FitsTeamsLimit(), $"{card.Size()} bytes"));
        // The means, how many gave each score, and the trend.
        Assert.Equal(3, cards.Sum(c => c.ToJson().Split("data:image/png;base64,").Length - 1));
    }

    [Fact]
    public void A_three_bs_summary_of_forty_partners_with_its_force_field_fits_in_cards_under_the_limit()
    {
        using var dutch = new CultureScope("nl-NL");
        var id = new CoalitionId("tenant", "team");
        var partners = Enumerable.Range(1, 40).Select(i => new Partner($"p{i}", $"Partnerorganisatie nummer {i}", (NetworkRole)(i % 4))).ToList();
        var coalition = new Coalition { Id = id, Partners = partners };
        var descriptions = partners.ToDictionary(p => p.Id, p => Enumerable.Range(1, 6).Aggregate(new PartnerDescriptions { PartnerId = p.Id },
            (d, m) => d.With(Description($"29:m{m}", $"Lid {m}", 1 + m % 5, 1 + (m + p.Id.Length) % 5, Attitude.Neutral, new string('b', 250)))));

        var cards = ThreeBsSummaryCard.Build(ThreeBsSummary.Of(coalition, descriptions));

        Assert.True(cards.Count > 1);
        Assert.All(cards, card => Assert.True(card.FitsTeamsLimit(), $"{card.Size()} bytes"));
        Assert.Contains("data:image/png;base64,", cards[0].ToJson());
    }
}
