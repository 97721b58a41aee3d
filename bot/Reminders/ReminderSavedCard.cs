using CoalitionBot.Cards;
using CoalitionBot.Cards.Forms;
using CoalitionBot.Languages;
using CoalitionBot.Resources;

namespace CoalitionBot.Reminders;

/// <summary>The confirmation of a saved reminder: what it does, and its next three occurrences in local time.</summary>
public static class ReminderSavedCard
{
    public static AdaptiveCard Build(ReminderSchedule schedule, IReadOnlyList<DateTimeOffset> next) =>
        MessageCard.Build(
            Texts.Format(Strings.ReminderTitle, schedule.Number),
            ReminderDescription.Of(schedule),
            [.. next.Select((o, i) => new Fact(Texts.Format(Strings.ReminderNextFact, i + 1), ReminderDescription.When(schedule, o)))],
            CardLanguage.Current);
}
