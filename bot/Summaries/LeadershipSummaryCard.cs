using CoalitionBot.Cards;
using CoalitionBot.Cards.Summaries;
using CoalitionBot.Languages;
using CoalitionBot.Leadership;
using CoalitionBot.Resources;

namespace CoalitionBot.Summaries;

/// <summary>The leadership summary as a card in the current language: the spread of styles, the coalition's need, and how the two differ.</summary>
public static class LeadershipSummaryCard
{
    public static AdaptiveCard Build(LeadershipSummary summary) => SummaryCard.Build(Content(summary));

    public static SummaryCardContent Content(LeadershipSummary summary)
    {
        if (summary.Respondents == 0)
            return new SummaryCardContent { Title = Strings.SummaryLeadershipTitle, Intro = Strings.SummaryLeadershipNone, Sections = [], Language = CardLanguage.Current };
        if (summary.Development is not { } development)
            return new SummaryCardContent { Title = Strings.SummaryLeadershipTitle, Intro = CheckInSummaryCard.NoFigures(summary.Respondents, summary.MinimumRespondents), Sections = [], Language = CardLanguage.Current };

        return new SummaryCardContent
        {
            Title = Strings.SummaryLeadershipTitle,
            Intro = Texts.Format(Strings.SummaryLeadershipIntro, summary.Respondents) + " " + CheckInSummaryCard.RefreshNote(summary.MinimumRespondents),
            Sections =
            [
                new SummarySection(Strings.SummaryStylesHeading)
                {
                    Facts = [.. summary.StyleCounts.OrderBy(c => c.Key).Select(c => new Fact(LeadershipResultView.NameOf(c.Key), Members(c.Value)))],
                    Image = new SummaryImage(StyleChart.DataUri(summary.StyleCounts, development.NeededStyle), Strings.SummaryStylesChart),
                },
                new SummarySection(Strings.SummaryNeedHeading)
                {
                    Facts =
                    [
                        new Fact(Strings.LeadershipAbility, Texts.Format(Strings.SummaryNeedRating, development.Ability)),
                        new Fact(Strings.LeadershipCommitment, Texts.Format(Strings.SummaryNeedRating, development.Commitment)),
                        new Fact(Strings.LeadershipFittingStyle, LeadershipResultView.NameOf(development.NeededStyle)),
                    ],
                    Note = Strings.SummaryNeedNote,
                },
                new SummarySection(Strings.SummaryFitHeading)
                {
                    Facts =
                    [
                        new Fact(Strings.SummaryFitSame, Members(summary.MatchingNeed)),
                        new Fact(Strings.SummaryFitMoreDirective, Members(summary.MoreDirective)),
                        new Fact(Strings.SummaryFitLessDirective, Members(summary.LessDirective)),
                    ],
                },
            ],
            Language = CardLanguage.Current,
        };
    }

    private static string Members(int count) => count == 1 ? Strings.SummaryStyleCountOne : Texts.Format(Strings.SummaryStyleCount, count);

}
