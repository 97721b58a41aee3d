using CoalitionBot.Actions;
using CoalitionBot.Cards.Summaries;
using CoalitionBot.Coalitions;
using CoalitionBot.Languages;
using CoalitionBot.Resources;

namespace CoalitionBot.Summaries;

/// <summary>
/// The coalition's actions as the check-in summary shows them to discuss: late (past their day, not done), open, and
/// done since the round before the one summarised, each with its owner and day. Agreed in a meeting, they are no
/// one's secret answer: the summary may go to the team's channel with them.
/// </summary>
public sealed record ActionsOverview(Coalition Coalition, IReadOnlyList<ActionItem> Late, IReadOnlyList<ActionItem> Open, IReadOnlyList<ActionItem> Done)
{
    /// <param name="doneSince">Actions done before this are left out (discussed before); null: every done action.</param>
    public static ActionsOverview Of(CoalitionActions actions, Coalition coalition, DateOnly today, DateTimeOffset? doneSince) => new(coalition,
        [.. actions.Items.Where(a => a.IsLateOn(today)).OrderBy(a => a.Due).ThenBy(a => a.Number)],
        [.. actions.Items.Where(a => !a.IsDone && !a.IsLateOn(today)).OrderBy(a => a.Due).ThenBy(a => a.Number)],
        [.. actions.Items.Where(a => a.IsDone && (doneSince is null || a.DoneAt >= doneSince)).OrderBy(a => a.DoneAt)]);

    public bool IsEmpty => Late.Count + Open.Count + Done.Count == 0;
}

/// <summary>The "Acties" sections of the check-in summary, in the lead's language.</summary>
public static class ActionsSection
{
    public static IEnumerable<SummarySection> Build(ActionsOverview? overview)
    {
        if (overview is null) return [];
        if (overview.IsEmpty) return [new SummarySection(Strings.SummaryActionsHeading) { Text = Strings.SummaryActionsNone }];
        var counts = new SummarySection(Strings.SummaryActionsHeading)
        {
            Text = Texts.Format(Strings.SummaryActionsCounts, ActionListCard.Counts(overview.Open.Count, overview.Late.Count, overview.Done.Count)),
        };
        IEnumerable<SummarySection> List(string heading, IReadOnlyList<ActionItem> items) => items.Count == 0 ? []
            : SummaryCardSplitter.ListSections(heading, [.. items.Select(a => ActionTexts.Line(a, overview.Coalition))]);
        return
        [
            counts,
            .. List(Strings.SummaryActionsLateHeading, overview.Late),
            .. List(Strings.SummaryActionsOpenHeading, overview.Open),
            .. List(Strings.SummaryActionsDoneHeading, overview.Done),
        ];
    }
}
