using CoalitionBot.Cards;
using CoalitionBot.Cards.Summaries;
using CoalitionBot.Coalitions;
using CoalitionBot.Languages;
using CoalitionBot.Resources;
using CoalitionBot.Summaries;

namespace CoalitionBot.Actions;

/// <summary>
/// "acties" as cards: late, open and done actions with their numbers, for a lead all of the coalition's, for a member
/// their own. Long lists continue on further cards, each under Teams' limit.
/// </summary>
public static class ActionListCard
{
    public static IReadOnlyList<AdaptiveCard> Build(IReadOnlyList<ActionItem> actions, Coalition coalition, DateOnly today, bool forLead)
    {
        var late = actions.Where(a => a.IsLateOn(today)).OrderBy(a => a.Due).ToList();
        var open = actions.Where(a => !a.IsDone && !a.IsLateOn(today)).OrderBy(a => a.Due).ToList();
        var done = actions.Where(a => a.IsDone).OrderByDescending(a => a.DoneAt).ToList();
        var intro = actions.Count == 0
            ? (forLead ? Strings.ActionListEmpty : Strings.ActionListOwnEmpty)
            : Texts.Format(forLead ? Strings.ActionListIntro : Strings.ActionListOwnIntro, Counts(open.Count, late.Count, done.Count));
        var hint = forLead ? Strings.ActionListHintLead : Strings.ActionListHintMember;
        IEnumerable<SummarySection> Group(string heading, List<ActionItem> items) => items.Count == 0 ? []
            : SummaryCardSplitter.ListSections(heading, [.. items.Select(a => ActionTexts.Numbered(a, coalition))]);
        return SummaryCardSplitter.Split(forLead ? Strings.ActionListTitle : Strings.ActionListOwnTitle, $"{intro}\n\n{hint}",
        [
            .. Group(Strings.ActionsLateHeading, late),
            .. Group(Strings.ActionsOpenHeading, open),
            .. Group(Strings.ActionsDoneHeading, done),
        ]);
    }

    /// <summary>"1 te laat, 2 open en 3 klaar": open counts the actions not yet late.</summary>
    public static string Counts(int open, int late, int done) =>
        Texts.Format(Strings.ActionCounts, Texts.Plural(late, Strings.ActionCountLateOne, Strings.ActionCountLate), Texts.Plural(open, Strings.ActionCountOpenOne, Strings.ActionCountOpen),
            Texts.Plural(done, Strings.ActionCountDoneOne, Strings.ActionCountDone));
}
