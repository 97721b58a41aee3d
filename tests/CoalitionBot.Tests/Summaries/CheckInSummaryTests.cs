using CoalitionBot.CheckIns;
using CoalitionBot.Summaries;
using static CoalitionBot.Tests.Summaries.SummaryTestData;

namespace CoalitionBot.Tests.Summaries;

public sealed class CheckInSummaryTests
{
    private static readonly CheckInRound October = Round("2026-10", CheckIn("a", 6), CheckIn("b", 7), CheckIn("c", 8));
    private static readonly CheckInRound November = Round("2026-11",
        CheckIn("a", 8, bottleneck: "Financiering na 2027"), CheckIn("b", 9), CheckIn("c", 6, others: 4, nextStep: "Wethouder uitnodigen"), CheckIn("d", 8), CheckIn("e", 8));

    [Fact]
    public void Each_aspect_has_mean_spread_count_and_the_previous_mean()
    {
        var summary = CheckInSummary.Of(November, October, minimumRespondents: 3);

        var ambition = summary.Aspects.Single(a => a.Aspect == CheckInAspect.Ambition);
        Assert.Equal(7.8, ambition.Latest.Mean, 6);
        Assert.Equal((6, 9, 5), (ambition.Latest.Min, ambition.Latest.Max, ambition.Latest.Count));
        Assert.Equal(7.0, ambition.PreviousMean);
        Assert.Equal(Trend.Up, ambition.Trend);
        var process = summary.Aspects.Single(a => a.Aspect == CheckInAspect.Process);
        Assert.Equal(6.4, process.Latest.Mean, 6);
        Assert.Equal(Trend.Down, process.Trend);
        Assert.Equal(CheckInRoundNames.Of(October), summary.PreviousRoundName);
    }

    [Fact]
    public void Bottlenecks_and_next_steps_are_listed_once_without_names()
    {
        var summary = CheckInSummary.Of(November, previous: null, minimumRespondents: 3);

        Assert.Equal(["Financiering na 2027", "Te weinig tijd"], summary.Bottlenecks.Select(b => b.Text).Order());
        Assert.Equal(["Werksessie plannen", "Wethouder uitnodigen"], summary.NextSteps.Order());
        Assert.All(summary.Aspects, a => Assert.Equal(Trend.Unknown, a.Trend));
    }

    [Fact]
    public void Below_the_minimum_only_the_number_of_answers_is_known()
    {
        var summary = CheckInSummary.Of(Round("2026-11", CheckIn("a", 3), CheckIn("b", 9)), October, minimumRespondents: 3);

        Assert.False(summary.ShowsFigures);
        Assert.Equal(2, summary.Respondents);
        Assert.Empty(summary.Aspects);
        Assert.Empty(summary.Bottlenecks);
    }

    [Fact]
    public void A_previous_round_with_too_few_answers_gives_no_trend()
    {
        var summary = CheckInSummary.Of(November, Round("2026-10", CheckIn("a", 2)), minimumRespondents: 3);

        Assert.Null(summary.PreviousRoundName);
        Assert.All(summary.Aspects, a => Assert.Null(a.PreviousMean));
    }

    [Fact]
    public void Bottlenecks_that_say_the_same_are_shown_once_with_a_count_most_named_first_beside_the_grade_and_what_went_well()
    {
        var answers = new[]
        {
            CheckIn("a", 8, bottleneck: "Te weinig tijd") with { Grade = 8, WentWell = "De werksessie" },
            CheckIn("b", 7, bottleneck: "te  weinig TIJD") with { Grade = 6 },
            CheckIn("c", 6, bottleneck: "Financiering na 2027") with { Grade = 9, WentWell = "De werksessie" },
            CheckIn("d", 9, bottleneck: "Te weinig tijd ") with { Grade = 7 },
            CheckIn("e", 5, bottleneck: "Financiering na 2027") with { Grade = 9 },
            CheckIn("f", 6, bottleneck: "Wisselende bezetting"),
        };

        var summary = CheckInSummary.Of(Round("2026-11", answers), previous: null, minimumRespondents: 3);

        Assert.Equal([("Te weinig tijd", 3), ("Financiering na 2027", 2), ("Wisselende bezetting", 1)], summary.Bottlenecks);
        Assert.Equal(new ScoreSpread(7.8, 6, 9, 5), summary.Grade);
        Assert.Equal(["De werksessie"], summary.WentWell);
    }
}
