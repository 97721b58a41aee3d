using CoalitionBot.Cards;
using CoalitionBot.Cards.Forms;
using CoalitionBot.Languages;
using CoalitionBot.Resources;

namespace CoalitionBot.Reminders;

/// <summary>The coalition's reminders, each with its number (to pause, change or delete it) and its next occurrence.</summary>
public static class ReminderListCard
{
    /// <summary>
    /// Each reminder as its own short block (its number as a heading, then what it does and when next), not as a fact set:
    /// a fact set's title column gets squeezed beside a long value and breaks "Herinnering 1" mid-word.
    /// </summary>
    public static AdaptiveCard Build(IReadOnlyList<ReminderSchedule> schedules, DateTimeOffset now)
    {
        var card = MessageCard.Build(
            Strings.ReminderListTitle,
            schedules.Count == 0 ? $"{Strings.ReminderListEmpty}\n\n{Strings.ReminderListHint}" : Strings.ReminderListHint,
            facts: null,
            CardLanguage.Current);
        return card with { Body = [.. card.Body, .. schedules.Select(Entry)] };

        CardElement Entry(ReminderSchedule s) => new Container
        {
            Separator = true,
            Items =
            [
                new TextBlock { Text = Texts.Format(Strings.ReminderTitle, s.Number), Weight = FontWeight.Bolder, Wrap = true },
                new TextBlock
                {
                    Text = s.Paused ? ReminderDescription.Of(s) : $"{ReminderDescription.Of(s)}; {Texts.Format(Strings.ReminderListNext, ReminderOccurrences.Next(s, now, 1) is [var next] ? ReminderDescription.When(s, next) : "-")}",
                    Wrap = true, Spacing = Spacing.None,
                },
            ],
        };
    }
}
