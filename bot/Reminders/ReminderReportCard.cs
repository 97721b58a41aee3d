using CoalitionBot.Cards;
using CoalitionBot.Cards.Forms;
using CoalitionBot.Languages;
using CoalitionBot.Resources;

namespace CoalitionBot.Reminders;

/// <summary>The delivery report of a reminder's latest occurrences: reminded, answered, unconfirmed, failed and why.</summary>
public static class ReminderReportCard
{
    public static AdaptiveCard Build(ReminderSchedule schedule, IReadOnlyList<(OccurrenceRecord Occurrence, DeliveryReport? Report)> latest) =>
        MessageCard.Build(
            Texts.Format(Strings.ReminderReportTitle, schedule.Number),
            latest.Count == 0 ? Strings.ReminderReportEmpty : ReminderDescription.Of(schedule),
            [.. latest.Select(l => new Fact(Label(schedule, l.Occurrence), l.Report is null ? Skipped(l.Occurrence) : Line(l.Report)))],
            CardLanguage.Current);

    private static string Label(ReminderSchedule schedule, OccurrenceRecord occurrence) =>
        ReminderDescription.When(schedule, occurrence.Occurrence) + (occurrence.Phase == ReminderPhase.FollowUp ? $" ({Strings.ReminderReportFollowUp})" : string.Empty);

    private static string Skipped(OccurrenceRecord occurrence) => Texts.Format(Strings.ReminderReportSkipped,
        occurrence.Reason switch
        {
            OccurrenceRecord.MissedCatchUpWindow => Strings.ReminderReportMissedCatchUpWindow,
            OccurrenceRecord.CoalitionInactive => Strings.ReminderReportCoalitionInactive,
            var other => other,
        });

    private static string Line(DeliveryReport report)
    {
        var failures = report.FailedByReason.Count == 0 ? string.Empty
            : " (" + string.Join(", ", report.FailedByReason.Select(f => $"{(f.Key == DeliveryReport.InactiveReason ? Strings.ReminderReportInactive : f.Key)}: {f.Value}")) + ")";
        return Texts.Plural(report.Reminded, Strings.ReminderReportLineOne, Strings.ReminderReportLine, report.Answered, report.Unconfirmed, report.Failed, failures)
            + (report.ChannelPosts > 0 ? Strings.ReminderReportChannelPost : string.Empty);
    }
}
