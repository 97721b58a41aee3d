using CoalitionBot.Actions;
using CoalitionBot.Cards;
using CoalitionBot.Cards.Forms;
using CoalitionBot.Commands;
using CoalitionBot.Languages;
using CoalitionBot.Resources;

namespace CoalitionBot.Reminders;

/// <summary>
/// What the late-actions reminder sends one owner, in the schedule's language: their actions past their day, how to mark
/// one done, and a button to their own list. Only they get it, in their 1:1 chat.
/// </summary>
public static class LateActionsCard
{
    /// <summary>Builds the card in <paramref name="language"/>.</summary>
    public static AdaptiveCard Build(IReadOnlyList<ActionItem> late, string? message, string language) => BotCultures.Within(language, () =>
    {
        var lines = late.Select(a => Texts.Format(Strings.ReminderLateActionLine, a.Number, ActionTexts.Text(a), Texts.Format(Strings.ActionDueOn, ActionDates.Shown(a.Due))));
        var text = Texts.Plural(late.Count, Strings.ReminderLateActionsTextOne, Strings.ReminderLateActionsText) + "\n\n" + string.Join("\n", lines);
        text = $"{text}\n\n{Strings.ReminderLateActionsHow}";
        if (message is { Length: > 0 }) text = $"{text}\n\n{MemberText.Escape(message)}";
        var card = MessageCard.Build(Strings.ReminderLateActionsTitle, text, facts: null, CardLanguage.Current);
        return card with
        {
            Actions = [new SubmitAction { Title = Strings.ReminderLateActionsButton, Style = ActionStyle.Positive, Data = CommandButtons.Data(ActionsCommand.Route.Dutch) }],
        };
    });
}
