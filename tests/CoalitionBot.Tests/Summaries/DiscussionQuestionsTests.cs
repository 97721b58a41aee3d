using CoalitionBot.CheckIns;
using CoalitionBot.Summaries;
using static CoalitionBot.CheckIns.CheckInAspect;

namespace CoalitionBot.Tests.Summaries;

/// <summary>Which questions the figures raise: the widest spread, the largest drop and the lowest aspect, each once where another aspect applies.</summary>
public sealed class DiscussionQuestionsTests
{
    /// <summary>An aspect over five answers; a spread of 3-9 with a mean of 6,8 shows (it settles nothing).</summary>
    private static AspectSummary Aspect(CheckInAspect aspect, double mean, int min, int max, double? previous = null) =>
        new(aspect, new ScoreSpread(mean, min, max, 5), previous);

    private static IEnumerable<(DiscussionTopic, CheckInAspect?)> Asked(params AspectSummary[] aspects) =>
        DiscussionQuestions.Of(aspects).Select(q => (q.Topic, q.Aspect?.Aspect));

    [Fact]
    public void The_widest_spread_the_largest_drop_and_the_lowest_aspect_each_raise_a_question()
    {
        var asked = Asked(
            Aspect(Ambition, 6.8, 3, 9),
            Aspect(Interests, 7.2, 6, 8, previous: 7.4),
            Aspect(Relationship, 7.4, 5, 9), // a spread of four, but not the widest
            Aspect(Process, 6.8, 6, 8, previous: 7.5),
            Aspect(Organisation, 5.8, 5, 7, previous: 6.0));

        Assert.Equal([(DiscussionTopic.WidestSpread, Ambition), (DiscussionTopic.LargestDrop, Process), (DiscussionTopic.Lowest, Organisation)], asked);
    }

    [Fact]
    public void An_aspect_already_asked_about_gives_way_to_another_that_applies_and_is_asked_again_only_when_none_does()
    {
        var questions = DiscussionQuestions.Of(
        [
            Aspect(Ambition, 5.0, 1, 9, previous: 7.0), // widest, largest drop and lowest
            Aspect(Interests, 7.0, 5, 9, previous: 7.6),
            Aspect(Relationship, 7.2, 6, 8),
        ]);

        Assert.Equal([(DiscussionTopic.WidestSpread, Ambition), (DiscussionTopic.LargestDrop, Interests), (DiscussionTopic.Lowest, Ambition)],
            questions.Select(q => (q.Topic, q.Aspect!.Aspect)));
        Assert.True(questions[0].IsMost);
    }

    [Fact]
    public void A_spread_that_is_not_shown_a_small_drop_or_equal_means_raise_nothing_and_the_next_step_is_asked()
    {
        var asked = Asked(
            new AspectSummary(Ambition, new ScoreSpread(2.8, 1, 10, 5), 2.8), // 1-10 with 2,8: the spread would settle every score
            Aspect(Interests, 2.8, 2, 4, previous: 3.2)); // -0,4 is not worth a question

        Assert.Equal([(DiscussionTopic.NextStep, (CheckInAspect?)null)], asked);
    }

    [Fact]
    public void Equally_low_aspects_are_asked_about_together()
    {
        var questions = DiscussionQuestions.Of([Aspect(Ambition, 7.5, 6, 9), Aspect(Interests, 6.4, 4, 7), Aspect(Process, 6.4, 4, 7)]);

        var lowest = Assert.Single(questions, q => q.Topic == DiscussionTopic.Lowest);
        Assert.Equal([Interests, Process], lowest.EquallyLow.Prepend(lowest.Aspect!).Select(a => a.Aspect).Order());
        Assert.Contains(questions, q => q.Topic == DiscussionTopic.NextStep); // one question from the figures only
    }

    [Theory]
    [InlineData(7.0, 7.8, 0.8)]
    [InlineData(7.04, 6.96, 0.0)] // both shown as 7,0
    [InlineData(7.06, 6.44, -0.7)] // 6,4 against 7,1: the change matches the shown means, not 0,62
    public void The_change_is_that_of_the_shown_means(double previous, double latest, double change) =>
        Assert.Equal(change, new AspectSummary(Ambition, new ScoreSpread(latest, 5, 9, 5), previous).Change!.Value, 6);
}
