using CoalitionBot.Cards;
using CoalitionBot.Cards.Summaries;
using CoalitionBot.Coalitions;
using CoalitionBot.Languages;
using CoalitionBot.Leadership;
using CoalitionBot.Resources;

namespace CoalitionBot.Summaries;

/// <summary>
/// The leadership summary as a card in the current language: the members' own styles, what the coalition needs as the
/// members see it (a split named as a split), and how many members' own style fits that.
/// </summary>
public static class LeadershipSummaryCard
{
    public static AdaptiveCard Build(LeadershipSummary summary) => SummaryCard.Build(Content(summary));

    public static SummaryCardContent Content(LeadershipSummary summary)
    {
        if (summary.Respondents == 0)
            return new SummaryCardContent { Title = Strings.SummaryLeadershipTitle, Intro = Strings.SummaryLeadershipNone, Sections = [], Language = CardLanguage.Current };
        if (summary.Need is not { } need || summary.Development is not { } development)
            return new SummaryCardContent { Title = Strings.SummaryLeadershipTitle, Intro = CheckInSummaryCard.NoFigures(summary.Respondents, summary.MinimumRespondents), Sections = [], Language = CardLanguage.Current };

        return new SummaryCardContent
        {
            Title = Strings.SummaryLeadershipTitle,
            Intro = Texts.Format(summary.Respondents == 1 ? Strings.SummaryLeadershipIntroOne : Strings.SummaryLeadershipIntro, summary.Respondents)
                + " " + CheckInSummaryCard.RefreshNote(summary.MinimumRespondents),
            Sections =
            [
                new SummarySection(Strings.SummaryStylesHeading)
                {
                    Facts = [.. summary.StyleCounts.OrderBy(c => c.Key).Select(c => new Fact(LeadershipResultView.NameOf(c.Key), Members(c.Value)))],
                    Image = new SummaryImage(StyleChart.DataUri(summary.StyleCounts, need.Styles), Strings.SummaryStylesChart),
                },
                new SummarySection(Strings.SummaryNeedHeading)
                {
                    Text = NeedVerdict(need),
                    Facts =
                    [
                        .. need.Counts.OrderBy(c => c.Key).Select(c => new Fact(LeadershipResultView.NameOf(c.Key), Members(c.Value))),
                        new Fact(Strings.LeadershipAbility, Texts.Format(Strings.SummaryNeedRating, development.Ability)),
                        new Fact(Strings.LeadershipCommitment, Texts.Format(Strings.SummaryNeedRating, development.Commitment)),
                        .. summary.Phase is { } phase ? [new Fact(Strings.LeadershipPhase, CoalitionPhaseTexts.Name(phase))] : Array.Empty<Fact>(),
                    ],
                    Note = need.IsSplit ? null : PhaseAdvice.For(summary.Phase, need.Styles[0]),
                },
                new SummarySection(Strings.SummaryFitHeading)
                {
                    Facts =
                    [
                        new Fact(Strings.SummaryFitSame, Members(summary.FittingNeed)),
                        new Fact(Strings.SummaryFitOther, Members(summary.Respondents - summary.FittingNeed)),
                    ],
                    Note = need.IsSplit ? Strings.SummaryFitSplitNote : null,
                },
            ],
            Language = CardLanguage.Current,
        };
    }

    /// <summary>The need in one sentence: the style most members see, or the split between the largest groups.</summary>
    public static string NeedVerdict(CoalitionNeed need)
    {
        if (!need.IsSplit) return Texts.Format(Strings.SummaryNeedClear, LeadershipResultView.InSentence(need.Styles[0]));
        var split = Texts.Format(Strings.SummaryNeedSplit, LeadershipResultView.ListOf(need.Styles));
        return need.IsOpposite ? split + " " + Strings.SummaryNeedOpposite : split;
    }

    private static string Members(int count) => count == 1 ? Strings.SummaryStyleCountOne : Texts.Format(Strings.SummaryStyleCount, count);
}
