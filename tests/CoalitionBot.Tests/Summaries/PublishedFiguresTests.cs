using CoalitionBot.CheckIns;
using CoalitionBot.Leadership;
using static CoalitionBot.Leadership.LeadershipStyle;
using static CoalitionBot.Tests.Summaries.SummaryTestData;

namespace CoalitionBot.Tests.Summaries;

/// <summary>
/// The figures leads see are published with the round (or the leadership results) and change only once at least the
/// minimum number of members answered, changed or lost their answer since; erasing takes a member's texts out at once.
/// </summary>
public sealed class PublishedFiguresTests
{
    private const int Minimum = 3;

    private static CheckInRound Answered(params (string User, int Score)[] answers) =>
        answers.Aggregate(new CheckInRound { RoundId = "2026-11" }, (round, a) => round.WithAnswer(CheckIn(a.User, a.Score, bottleneck: $"knelpunt {a.User}"), Minimum));

    [Fact]
    public void Figures_appear_with_the_minimum_and_then_move_in_steps_of_it()
    {
        var round = Answered(("a", 6), ("b", 7));
        Assert.Null(round.FiguresFor(Minimum));

        round = round.WithAnswer(CheckIn("c", 8), Minimum);
        Assert.Equal(3, round.FiguresFor(Minimum)!.Respondents);

        var published = round.FiguresFor(Minimum);
        round = round.WithAnswer(CheckIn("d", 2), Minimum).WithAnswer(CheckIn("a", 10), Minimum).WithAnswer(CheckIn("a", 1), Minimum);
        Assert.Same(published, round.FiguresFor(Minimum)); // two members acted, one of them twice

        round = round.WithAnswer(CheckIn("e", 9), Minimum);
        Assert.Equal(5, round.FiguresFor(Minimum)!.Respondents);
        Assert.Equal((1 + 7 + 8 + 2 + 9) / 5.0, round.FiguresFor(Minimum)!.Aspects[CheckInAspect.Ambition].Mean, 6);
    }

    [Fact]
    public void Erasing_an_answer_takes_its_texts_out_and_leaves_the_figures_while_enough_counted_members_remain()
    {
        var round = Answered(("a", 6), ("b", 7), ("c", 8), ("d", 9), ("e", 5), ("f", 4), ("g", 3));
        var figures = round.FiguresFor(Minimum)!;
        Assert.Equal(6, figures.Respondents); // g came after the publication

        round = round.WithoutMember("a");
        Assert.Equal(figures.Aspects, round.FiguresFor(Minimum)!.Aspects); // the means still count a: no difference to subtract
        Assert.DoesNotContain("knelpunt a", round.FiguresFor(Minimum)!.Bottlenecks());
        Assert.Contains("knelpunt b", round.FiguresFor(Minimum)!.Bottlenecks());
        Assert.DoesNotContain("a", round.Ledger.Counted.Concat(round.Ledger.ChangedSince));
        Assert.Equal(1, round.Ledger.ErasedSince);

        // Erasing g, who was never counted, changes nothing the lead sees.
        Assert.Equal(1, round.WithoutMember("g").Ledger.ErasedSince);
        // With two of the counted members left, their texts would be theirs alone: no figures.
        Assert.Null(round.WithoutMember("b").WithoutMember("c").WithoutMember("d").FiguresFor(Minimum));
    }

    [Fact]
    public void A_round_stored_before_figures_were_published_counts_as_published_as_it_stands_until_its_first_change()
    {
        var stored = new CheckInRound
        {
            SchemaVersion = 1,
            RoundId = "2026-11",
            Answers = new[] { CheckIn("a", 6), CheckIn("b", 7), CheckIn("c", 8), CheckIn("d", 3) }.ToDictionary(a => a.UserId),
        };
        Assert.Equal(4, stored.FiguresFor(Minimum)!.Respondents);

        var changed = stored.WithAnswer(CheckIn("e", 10), Minimum);

        Assert.Equal(CheckInRound.CurrentSchemaVersion, changed.SchemaVersion);
        Assert.Equal(stored.FiguresFor(Minimum)!.Aspects, changed.FiguresFor(Minimum)!.Aspects);
    }

    [Fact]
    public void Retention_removes_old_answers_as_erasures()
    {
        var old = CheckIn("a", 6) with { AnsweredAt = DateTimeOffset.Parse("2024-01-01T00:00:00Z") };
        var round = new CheckInRound { RoundId = "2026-11" }.WithAnswer(old, Minimum).WithAnswer(CheckIn("b", 7), Minimum).WithAnswer(CheckIn("c", 8), Minimum);

        var kept = round.WithoutAnswersBefore(DateTimeOffset.Parse("2025-01-01T00:00:00Z"));

        Assert.Equal(["b", "c"], kept.Answers.Keys.Order());
        Assert.Equal(1, kept.Ledger.ErasedSince);
        Assert.Null(kept.FiguresFor(Minimum)); // two of the three counted members are left
        Assert.Same(kept, kept.WithoutAnswersBefore(DateTimeOffset.Parse("2025-01-01T00:00:00Z")));
    }

    [Fact]
    public void Leadership_figures_follow_the_same_rule()
    {
        var leadership = new CoalitionLeadership { Coalition = new("tenant", "team") }
            .WithResult("a", Result(Coaching, 4, 2), Minimum).WithResult("b", Result(Supporting, 4, 3), Minimum).WithResult("c", Result(Delegating, 5, 3), Minimum);
        var published = leadership.FiguresFor(Minimum)!;
        Assert.Equal(3, published.Respondents);

        leadership = leadership.WithResult("d", Result(Directing, 1, 5), Minimum).WithResult("a", Result(Directing, 1, 5), Minimum);
        Assert.Same(published, leadership.FiguresFor(Minimum));

        // b erases: two counted members left, too few to show; e's answer is the third change since, and the figures follow.
        leadership = leadership.WithoutMember("b");
        Assert.Null(leadership.FiguresFor(Minimum));
        Assert.Equal(4, leadership.WithResult("e", Result(Coaching, 3, 3), Minimum).FiguresFor(Minimum)!.Respondents); // a, c, d and e
    }
}
