namespace CoalitionBot.Reminders;

/// <summary>The latest occurrences of a schedule with their delivery reports (a skipped one with its reason).</summary>
public sealed class ReminderReports(DeliveryLog log, ReminderAnswers answers)
{
    public const int Occurrences = 3;

    public async Task<IReadOnlyList<(OccurrenceRecord Occurrence, DeliveryReport? Report)>> LatestAsync(ReminderSchedule schedule, CancellationToken cancellationToken)
    {
        var latest = (await log.OccurrencesAsync(schedule.Coalition, schedule.Number, cancellationToken)).OrderByDescending(o => o.Occurrence).ThenBy(o => o.Phase).Take(Occurrences);
        var reports = new List<(OccurrenceRecord, DeliveryReport?)>();
        foreach (var occurrence in latest)
        {
            if (occurrence.Status == OccurrenceStatus.Skipped)
            {
                reports.Add((occurrence, null));
                continue;
            }
            var job = new ReminderJob(schedule, occurrence.Occurrence, occurrence.Phase);
            reports.Add((occurrence, DeliveryReport.Of(await log.RecipientsAsync(job, cancellationToken), await answers.WhoAnsweredAsync(job, cancellationToken))));
        }
        return reports;
    }
}
