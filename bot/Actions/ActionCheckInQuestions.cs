using System.Globalization;
using CoalitionBot.Cards;
using CoalitionBot.Coalitions;
using CoalitionBot.Dialogs;
using CoalitionBot.Dialogs.Prompts;
using CoalitionBot.Languages;
using CoalitionBot.Resources;

namespace CoalitionBot.Actions;

/// <summary>
/// The check-in's first questions: for each open action a member owns, "Is 'X' gelukt?" (ja / nog niet / loopt vast).
/// The actions are fixed when the check-in starts (in its options), so the form asks about what was open then; a "ja"
/// marks the action done when the check-in is saved, and every answer is kept as the owner's latest.
/// </summary>
public sealed class ActionCheckInQuestions(ActionStore actions, TimeProvider time)
{
    /// <summary>Enough for any one member; a form of only action questions would hide the check-in.</summary>
    public const int MaxAsked = 10;

    private const string ActionsOption = "ownActions", KeyPrefix = "action";
    private const string Done = "done", NotYet = "notyet", Stuck = "stuck";

    /// <summary>The check-in's options with the member's open actions, oldest day first; as they were when there are none.</summary>
    public async Task<IReadOnlyDictionary<string, string>> WithOwnActionsAsync(IReadOnlyDictionary<string, string> options, CoalitionId coalition, string userId, CancellationToken cancellationToken)
    {
        var open = (await actions.GetAsync(coalition, cancellationToken)).OwnedBy(userId).Where(a => !a.IsDone).OrderBy(a => a.Due).Take(MaxAsked).ToList();
        if (open.Count == 0) return options;
        return new Dictionary<string, string>(options)
        {
            [ActionsOption] = ChoiceOptions.Write(open.Select(a => new Choice(a.Text, a.Number.ToString(CultureInfo.InvariantCulture)))),
        };
    }

    /// <summary>One question per action the check-in started with; none when the member owns no open action.</summary>
    public static IReadOnlyList<Prompt> Prompts(DialogContext context) =>
    [
        .. Asked(context.Options).Select(action => new ChoicePrompt(KeyPrefix + action.Value, Texts.Format(Strings.CheckInActionQuestion, context.InQuestion(action.Title)),
            [new Choice(Strings.CheckInActionDone, Done), new Choice(Strings.CheckInActionNotYet, NotYet), new Choice(Strings.CheckInActionStuck, Stuck)])),
    ];

    /// <summary>Keeps each answer as the owner's latest and marks the actions answered "ja" done; returns how many it marked done.</summary>
    public async Task<int> SaveAsync(CoalitionId coalition, string userId, IReadOnlyDictionary<string, string> options, IReadOnlyDictionary<string, string> answers, CancellationToken cancellationToken)
    {
        var given = Asked(options)
            .Select(a => (Number: int.Parse(a.Value, CultureInfo.InvariantCulture), Answer: answers.GetValueOrDefault(KeyPrefix + a.Value)))
            .Where(a => a.Answer is Done or NotYet or Stuck)
            .ToList();
        if (given.Count == 0) return 0;
        var now = time.GetUtcNow();
        var markedDone = 0;
        await actions.ChangeExistingAsync(coalition, all =>
        {
            markedDone = 0; // the change may run again after a conflict: the last run counts
            foreach (var (number, answer) in given)
            {
                var progress = answer switch { Done => ActionProgress.Done, Stuck => ActionProgress.Stuck, _ => ActionProgress.NotYet };
                // Only the owner's answer counts: the action may have gone to someone else since the check-in began.
                if (all.Find(number) is not { } action || !action.IsOwnedBy(userId)) continue;
                if (progress == ActionProgress.Done && !action.IsDone) markedDone++;
                all = all.WithChanged(number, a => (progress == ActionProgress.Done ? a.MarkedDone(now) : a) with { LatestAnswer = new ActionAnswer(progress, now) });
            }
            return all;
        }, cancellationToken);
        return markedDone;
    }

    /// <summary>The check-in's confirmation, with how many actions it marked done.</summary>
    public static string WithDone(string saved, int markedDone) =>
        markedDone == 0 ? saved : $"{saved} {Texts.Plural(markedDone, Strings.CheckInActionsMarkedDoneOne, Strings.CheckInActionsMarkedDone)}";

    private static IReadOnlyList<Choice> Asked(IReadOnlyDictionary<string, string> options) =>
        options.ContainsKey(ActionsOption) ? ChoiceOptions.Read(options, ActionsOption) : [];
}
