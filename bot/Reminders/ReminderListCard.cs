using CoalitionBot.Cards;
using CoalitionBot.Cards.Forms;
using CoalitionBot.Languages;
using CoalitionBot.Resources;

namespace CoalitionBot.Reminders;

/// <summary>The coalition's reminders, each with its number (to pause, change or delete it) and its next occurrence.</summary>
public static class ReminderListCard
{
    public static AdaptiveCard Build(IReadOnlyList<ReminderSchedule> schedules, DateTimeOffset now) =>
        MessageCard.Build(
            Strings.ReminderListTitle,
            schedules.Count == 0 ? $"{Strings.ReminderListEmpty}\n\n{Strings.ReminderListHint}" : Strings.ReminderListHint,
            [.. schedules.Select(s => new Fact(
                Texts.Format(Strings.ReminderTitle, s.Number),
                s.Paused ? ReminderDescription.Of(s) : $"{ReminderDescription.Of(s)}; {Texts.Format(Strings.ReminderListNext, ReminderOccurrences.Next(s, now, 1) is [var next] ? ReminderDescription.When(s, next) : "-")}"))],
            CardLanguage.Current);
}
