using CoalitionBot.Coalitions;
using CoalitionBot.Leadership;
using static CoalitionBot.Leadership.LeadershipStyle;

namespace CoalitionBot.Tests.Leadership;

public sealed class LeadershipResultTests
{
    private const int Minimum = 3;

    internal static LeadershipResult Result(DateTimeOffset at, LeadershipStyle mostly = Coaching, int ability = 2, int commitment = 4) => LeadershipResult.Score(
        LeadershipSituations.All.Select((s, i) => (s.Id, Style: i < 6 ? mostly : (LeadershipStyle)(i % 4))).ToDictionary(x => x.Id, x => x.Style),
        DevelopmentQuestions.All.Where(q => q.Axis == DevelopmentAxis.Ability).ToDictionary(q => q.Id, _ => ability),
        DevelopmentQuestions.All.Where(q => q.Axis == DevelopmentAxis.Commitment).ToDictionary(q => q.Id, _ => commitment),
        at);

    [Fact]
    public void Scoring_keeps_the_answers_and_what_follows_from_them()
    {
        var at = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
        var choices = new Dictionary<string, LeadershipStyle>
        {
            ["kick-off"] = Coaching,
            ["late-figures"] = Coaching,
            ["second-neighbourhood"] = Coaching,
            ["resident-voice"] = Supporting, // fits
            ["referrals"] = Supporting,
            ["funding-bid"] = Delegating,
        };

        var result = LeadershipResult.Score(choices, new Dictionary<string, int> { ["x"] = 4, ["y"] = 5 }, new Dictionary<string, int> { ["z"] = 2 }, at);

        Assert.Equal(LeadershipResult.CurrentSchemaVersion, result.SchemaVersion);
        Assert.Same(choices, result.Choices);
        Assert.Equal(3, result.Counts[Coaching]);
        Assert.Equal(Coaching, result.DominantStyle);
        Assert.Equal([Coaching], result.LeadingStyles);
        Assert.Equal((1, 6), (result.FittingAnswers, result.Profile.Situations));
        Assert.Equal(2, result.StylesChosenTwice);
        Assert.Equal(4.5, result.Ability);
        Assert.Equal(2.0, result.Commitment);
        Assert.Equal(Supporting, result.NeededStyle);
        Assert.Equal(at, result.AnsweredAt);
    }

    [Fact]
    public void A_members_new_result_keeps_the_earlier_ones_oldest_first()
    {
        var coalition = new CoalitionLeadership { Coalition = new CoalitionId("tenant", "team") };
        var first = Result(DateTimeOffset.UnixEpoch.AddDays(1));
        var second = Result(DateTimeOffset.UnixEpoch.AddDays(2));
        var third = Result(DateTimeOffset.UnixEpoch.AddDays(3));

        var updated = coalition.WithResult("anna", first, Minimum).WithResult("bram", second, Minimum).WithResult("anna", second, Minimum).WithResult("anna", third, Minimum);

        Assert.Equal(2, updated.Members.Count);
        var anna = updated.Member("anna")!;
        Assert.Same(third, anna.Latest);
        Assert.Equal([first, second], anna.Earlier);
        Assert.Empty(updated.Member("bram")!.Earlier);
        Assert.Equal(third.AnsweredAt, updated.UpdatedAt);
    }

    [Fact]
    public void History_is_bounded()
    {
        var coalition = new CoalitionLeadership { Coalition = new CoalitionId("tenant", "team") };
        for (var i = 0; i < CoalitionLeadership.MaxEarlierResults + 5; i++)
            coalition = coalition.WithResult("anna", Result(DateTimeOffset.UnixEpoch.AddDays(i)), Minimum);

        var anna = coalition.Member("anna")!;
        Assert.Equal(CoalitionLeadership.MaxEarlierResults, anna.Earlier.Count);
        Assert.Equal(DateTimeOffset.UnixEpoch.AddDays(4), anna.Earlier[0].AnsweredAt); // the oldest went first
    }
}
