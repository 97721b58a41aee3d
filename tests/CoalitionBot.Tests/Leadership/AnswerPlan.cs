using CoalitionBot.Leadership;
using static CoalitionBot.Leadership.LeadershipStyle;

namespace CoalitionBot.Tests.Leadership;

/// <summary>What a member answers: a style per situation (in the situations' order) and the six ratings (ability first).</summary>
internal sealed record AnswerPlan(IReadOnlyList<LeadershipStyle> Styles, IReadOnlyList<int> Ratings)
{
    /// <summary>Leans to coaching (6x); partners hardly able (2.3) but committed (4.3): the coalition needs directing.</summary>
    public static readonly AnswerPlan CoachInNeedOfDirecting = new([Coaching, Coaching, Coaching, Coaching, Coaching, Coaching, Directing, Directing, Supporting, Supporting], [2, 2, 3, 4, 4, 5]);

    /// <summary>Leans to delegating (4x); partners able (4.3) but commitment wavers (2.7): the coalition needs supporting.</summary>
    public static readonly AnswerPlan DelegatorInNeedOfSupporting = new([Delegating, Delegating, Delegating, Delegating, Supporting, Supporting, Supporting, Coaching, Coaching, Directing], [4, 5, 4, 3, 3, 2]);

    /// <summary>A tie of directing and supporting (4x each); some ability (3.0): the coalition needs coaching.</summary>
    public static readonly AnswerPlan TieInNeedOfCoaching = new([Supporting, Supporting, Supporting, Supporting, Directing, Directing, Directing, Directing, Coaching, Delegating], [3, 3, 3, 4, 4, 4]);

    public IReadOnlyDictionary<string, LeadershipStyle> Choices =>
        LeadershipSituations.All.Select((s, i) => (s.Id, Style: Styles[i])).ToDictionary(x => x.Id, x => x.Style);

    public IReadOnlyDictionary<string, int> RatingsById =>
        DevelopmentQuestions.All.Select((q, i) => (q.Id, Rating: Ratings[i])).ToDictionary(x => x.Id, x => x.Rating);
}
