using CoalitionBot.Cards;
using CoalitionBot.Cards.Summaries;
using CoalitionBot.CheckIns;
using CoalitionBot.Languages;
using CoalitionBot.Resources;

namespace CoalitionBot.Summaries;

/// <summary>The check-in summary as a card in the current language: the figures per aspect with their trend, then the bottlenecks and next steps.</summary>
public static class CheckInSummaryCard
{
    /// <summary>One card, or more when the trend chart or long bottlenecks and next steps do not fit beside the rest.</summary>
    public static IReadOnlyList<AdaptiveCard> Build(CheckInSummary summary)
    {
        var content = Content(summary);
        return SummaryCardSplitter.Split(content.Title, content.Intro, content.Sections);
    }

    public static SummaryCardContent Content(CheckInSummary summary)
    {
        if (summary.RoundName is null || !summary.ShowsFigures)
            return new SummaryCardContent { Title = Strings.SummaryCheckInTitle, Intro = WithoutFigures(summary), Sections = [.. ActionsSection.Build(summary.Actions)], Language = CardLanguage.Current };

        return new SummaryCardContent
        {
            Title = Strings.SummaryCheckInTitle,
            Intro = WithOpenRound(Texts.Format(Strings.SummaryCheckInIntro, MemberText.Escape(summary.RoundName), summary.Respondents, ScoreSpread.SpreadFrom), summary),
            Sections =
            [
                new SummarySection(Strings.SummaryAspectsHeading)
                {
                    Facts = [.. summary.Aspects.Select(a => new Fact(CheckInTexts.Name(a.Aspect), AspectValue(a))), .. GradeFact(summary)],
                    Image = new SummaryImage(AspectChart.DataUri(summary.Aspects), Strings.SummaryAspectsChart),
                    Note = (summary.PreviousRoundName is null ? Strings.SummaryTrendNoPrevious : Texts.Format(Strings.SummaryTrendNote, MemberText.Escape(summary.PreviousRoundName)))
                        + " " + RefreshNote(summary.MinimumRespondents),
                },
                .. CheckInDiscussionSections.For(summary),
                .. SummaryCardSplitter.ListSections(Strings.SummaryWentWellHeading, Shown(summary.WentWell)),
                .. SummaryCardSplitter.ListSections(Strings.SummaryBottlenecksHeading, [.. summary.Bottlenecks.Select(Counted)]),
                .. SummaryCardSplitter.ListSections(Strings.SummaryNextStepsHeading, Shown(summary.NextSteps)),
                .. TrendSection(summary),
                .. ActionsSection.Build(summary.Actions),
            ],
            Language = CardLanguage.Current,
        };
    }

    /// <summary>Why there are no figures: no round asked for, none closed yet, or too few answers in it.</summary>
    public static string WithoutFigures(CheckInSummary summary) =>
        summary.UnknownRound is { } unknown ? Texts.Format(Strings.SummaryCheckInUnknownRound, MemberText.Escape(unknown))
        : summary.RoundName is null ? WithOpenRound(summary.OpenRound is null ? Strings.SummaryCheckInNone : Strings.SummaryCheckInNoneClosed, summary)
        : WithOpenRound(NoFigures(summary.Respondents, summary.MinimumRespondents), summary);

    /// <summary>The text, then how far the open round is: its figures wait until it closes.</summary>
    public static string WithOpenRound(string text, CheckInSummary summary) => summary.OpenRound is not { } open ? text
        : $"{text}\n\n{Texts.Format(open.Answers == 1 ? Strings.SummaryOpenRoundOne : Strings.SummaryOpenRoundMany, MemberText.Escape(open.Name), open.Answers)}";

    /// <summary>The grade for the collaboration as a whole: "7,8, spreiding 6-9 (5 antwoorden)", as the aspects are shown.</summary>
    private static IEnumerable<Fact> GradeFact(CheckInSummary summary) => summary.Grade is not { } grade ? [] :
        [new Fact(Strings.SummaryGrade, grade.ShowsSpread
            ? Texts.Format(Strings.SummaryAspectValue, grade.Mean, grade.Min, grade.Max, grade.Count)
            : Texts.Format(Strings.SummaryAspectValueWithoutSpread, grade.Mean, grade.Count))];

    /// <summary>A bottleneck as typed, with how many named it when more than one did.</summary>
    private static string Counted((string Text, int Count) bottleneck)
    {
        var text = MemberText.EscapeWithin(bottleneck.Text, MemberText.AnswerBytes);
        return bottleneck.Count > 1 ? Texts.Format(Strings.SummaryNamedTimes, text, bottleneck.Count) : text;
    }

    /// <summary>Members' texts as typed, a very long one cut short (the export has it whole).</summary>
    private static IReadOnlyList<string> Shown(IReadOnlyList<string> texts) => [.. texts.Select(t => MemberText.EscapeWithin(t, MemberText.AnswerBytes))];

    /// <summary>The trend chart, from two rounds with enough respondents.</summary>
    private static IEnumerable<SummarySection> TrendSection(CheckInSummary summary) => summary.History.Count < 2 ? [] :
    [
        new SummarySection(Strings.SummaryTrendHeading) { Image = new SummaryImage(CheckInTrendChart.DataUri(summary.History), Strings.SummaryTrendChart) },
    ];

    /// <summary>"7.8, spread 6-9 (5 answers); up, was 7.1 (+0.7)", or without the spread where it would give scores away.</summary>
    public static string AspectValue(AspectSummary aspect)
    {
        var latest = aspect.Latest;
        var value = latest.ShowsSpread
            ? Texts.Format(Strings.SummaryAspectValue, latest.Mean, latest.Min, latest.Max, latest.Count)
            : Texts.Format(Strings.SummaryAspectValueWithoutSpread, latest.Mean, latest.Count);
        var trend = aspect.Trend switch
        {
            Trend.Up => Strings.SummaryTrendUp,
            Trend.Down => Strings.SummaryTrendDown,
            Trend.Same => Strings.SummaryTrendSame,
            _ => null,
        };
        return trend is null ? value : $"{value}; {Texts.Format(trend, aspect.PreviousMean!.Value)}{ScoreChangeText.After(aspect)}";
    }

    /// <summary>Why there are no figures: too few answers yet, or not enough new or changed ones since the figures went.</summary>
    public static string NoFigures(int respondents, int minimum) =>
        respondents >= minimum ? Texts.Format(Strings.SummaryAwaitingNewAnswers, respondents, minimum)
        : Texts.Format(respondents == 1 ? Strings.SummaryTooFewRespondentsOne : Strings.SummaryTooFewRespondents, respondents, minimum);

    /// <summary>The rule that keeps figures from giving away one answer when two summaries are compared.</summary>
    public static string RefreshNote(int minimum) => Texts.Format(Strings.SummaryFiguresRefresh, minimum);

}
