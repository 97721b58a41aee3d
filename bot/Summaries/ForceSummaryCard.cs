using CoalitionBot.Cards;
using CoalitionBot.Cards.Summaries;
using CoalitionBot.Forces;
using CoalitionBot.Languages;
using CoalitionBot.Resources;

namespace CoalitionBot.Summaries;

/// <summary>
/// The forces summary as cards in the current language: the force-field diagram with the totals on each side, then the
/// driving and the restraining forces, each with how many named it and their mean strength. More cards when the lists
/// are long.
/// </summary>
public static class ForceSummaryCard
{
    public static IReadOnlyList<AdaptiveCard> Build(ForceSummary summary)
    {
        var content = Content(summary);
        return SummaryCardSplitter.Split(content.Title, content.Intro, content.Sections);
    }

    public static SummaryCardContent Content(ForceSummary summary)
    {
        if (summary.Figures is not { } figures)
            return new SummaryCardContent { Title = Strings.SummaryForcesTitle, Intro = WithoutFigures(summary), Sections = [], Language = CardLanguage.Current };

        return new SummaryCardContent
        {
            Title = Strings.SummaryForcesTitle,
            Intro = Texts.Plural(summary.Respondents, Strings.SummaryForcesIntroOne, Strings.SummaryForcesIntro) + " " + CheckInSummaryCard.RefreshNote(summary.MinimumRespondents),
            Sections =
            [
                new SummarySection(Strings.SummaryForcesFieldHeading)
                {
                    Facts =
                    [
                        new Fact(Strings.ForcesFor, Total(figures.For)),
                        new Fact(Strings.ForcesAgainst, Total(figures.Against)),
                    ],
                    Image = figures.For.Count + figures.Against.Count > 0 ? new SummaryImage(ForcesChart.DataUri(figures), Strings.SummaryForcesChart) : null,
                    Note = Strings.SummaryForcesDiscuss,
                },
                .. SummaryCardSplitter.ListSections(Strings.SummaryForcesForHeading, [.. figures.For.Select(ForceTexts.Merged)]),
                .. SummaryCardSplitter.ListSections(Strings.SummaryForcesAgainstHeading, [.. figures.Against.Select(ForceTexts.Merged)]),
            ],
            Language = CardLanguage.Current,
        };
    }

    /// <summary>Why no forces are shown: nobody named any, too few members did, or not enough named or changed theirs since.</summary>
    public static string WithoutFigures(ForceSummary summary) =>
        summary.Respondents == 0 ? Strings.SummaryForcesNone
        : summary.Respondents >= summary.MinimumRespondents ? CheckInSummaryCard.NoFigures(summary.Respondents, summary.MinimumRespondents)
        : Texts.Plural(summary.Respondents, Strings.SummaryForcesTooFewOne, Strings.SummaryForcesTooFew, summary.MinimumRespondents);

    /// <summary>"3 krachten, samen 14": how many forces of a kind, and how hard they push together.</summary>
    private static string Total(IReadOnlyList<MergedForce> forces) =>
        Texts.Plural(forces.Count, Strings.SummaryForcesTotalOne, Strings.SummaryForcesTotal, Math.Round(forces.Sum(f => f.TotalStrength), 1));
}
