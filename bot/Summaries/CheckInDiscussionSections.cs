using CoalitionBot.Cards;
using CoalitionBot.Cards.Summaries;
using CoalitionBot.CheckIns;
using CoalitionBot.Languages;
using CoalitionBot.Resources;

namespace CoalitionBot.Summaries;

/// <summary>
/// The parts of the check-in summary that a meeting discusses, after the figures: the questions to discuss, how many gave
/// each score, and the remarks per aspect. All from the round's published figures, like the rest of the card.
/// </summary>
public static class CheckInDiscussionSections
{
    public static IEnumerable<SummarySection> For(CheckInSummary summary) =>
        [Questions(summary), .. Distribution(summary), .. Remarks(summary)];

    private static SummarySection Questions(CheckInSummary summary) =>
        new(Strings.SummaryDiscussHeading) { Items = [.. DiscussionQuestions.Of(summary.Aspects).Select(Text)] };

    /// <summary>The question as an advisor asks it in the meeting, with the figure it comes from.</summary>
    public static string Text(DiscussionQuestion question) => question switch
    {
        { Topic: DiscussionTopic.WidestSpread, Aspect: { } a } => Texts.Format(question.IsMost ? Strings.SummaryDiscussSpreadMost : Strings.SummaryDiscussSpread,
            CheckInTexts.Name(a.Aspect), a.Latest.Min, a.Latest.Max),
        { Topic: DiscussionTopic.LargestDrop, Aspect: { } a } => Texts.Format(Strings.SummaryDiscussDrop,
            CheckInTexts.Name(a.Aspect), a.PreviousMean!.Value, a.Latest.Mean, ScoreChangeText.Of(a.Change!.Value)),
        { Topic: DiscussionTopic.Lowest, Aspect: { } a, EquallyLow.Count: 0 } => Texts.Format(Strings.SummaryDiscussLowest, CheckInTexts.Name(a.Aspect), a.Latest.Mean),
        { Topic: DiscussionTopic.Lowest, Aspect: { } a } => Texts.Format(Strings.SummaryDiscussLowestShared,
            AndList([.. question.EquallyLow.Prepend(a).OrderBy(x => x.Aspect).Select(x => CheckInTexts.Name(x.Aspect))]), a.Latest.Mean),
        _ => Strings.SummaryDiscussNextStep,
    };

    /// <summary>"Belangen, Proces en Relatie".</summary>
    private static string AndList(string[] names) => Texts.Format(Strings.LeadershipListAnd, string.Join(", ", names[..^1]), names[^1]);

    /// <summary>One chart for the aspects whose distribution may be shown; nothing at all when there are none.</summary>
    private static IEnumerable<SummarySection> Distribution(CheckInSummary summary)
    {
        var shown = AspectDistributionChart.Shown(summary.Aspects);
        if (shown.Count == 0) return [];
        return
        [
            new SummarySection(Strings.SummaryDistributionHeading)
            {
                Image = new SummaryImage(AspectDistributionChart.DataUri(summary.Aspects),
                    Texts.Format(Strings.SummaryDistributionChart, string.Join("; ", shown.Select(Counts)))),
                Note = Texts.Format(Strings.SummaryDistributionNote, ScoreSpread.SpreadFrom),
            },
        ];
    }

    /// <summary>"Ambitie: cijfer 6: 1, cijfer 7: 2", for those who cannot see the chart.</summary>
    private static string Counts(AspectSummary aspect) =>
        $"{CheckInTexts.Name(aspect.Aspect)}: {string.Join(", ", aspect.Distribution!.Given.Select(g => Texts.Format(Strings.SummaryDistributionScore, g.Score, g.Count)))}";

    /// <summary>Under each aspect what members wrote about it, without names, each once, cut when very long (the export has it whole).</summary>
    private static IEnumerable<SummarySection> Remarks(CheckInSummary summary) => summary.Aspects
        .Where(a => a.Remarks.Count > 0)
        .SelectMany(a => SummaryCardSplitter.ListSections(Texts.Format(Strings.SummaryRemarksHeading, CheckInTexts.Name(a.Aspect)),
            [.. a.Remarks.Select(r => MemberText.EscapeWithin(r, MemberText.AnswerBytes))]));
}
