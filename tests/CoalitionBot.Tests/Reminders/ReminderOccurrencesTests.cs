using CoalitionBot.Reminders;

namespace CoalitionBot.Tests.Reminders;

/// <summary>Occurrences in local time through daylight saving time: never skipped, never doubled.</summary>
public sealed class ReminderOccurrencesTests
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    private static List<DateTimeOffset> LocalOccurrences(ReminderSchedule schedule, string fromUtc, string toUtc) =>
        [.. ReminderOccurrences.Between(schedule, DateTimeOffset.Parse(fromUtc), DateTimeOffset.Parse(toUtc)).Select(o => TimeZoneInfo.ConvertTime(o, Amsterdam))];

    [Theory]
    [InlineData("2026-03-26T00:00Z", "2026-04-01T00:00Z")] // clocks go forward on Sunday 29 March 2026
    [InlineData("2026-10-22T00:00Z", "2026-10-28T00:00Z")] // and back on Sunday 25 October 2026
    [InlineData("2027-03-25T00:00Z", "2027-03-31T00:00Z")] // 28 March 2027
    [InlineData("2027-10-28T00:00Z", "2027-11-03T00:00Z")] // 31 October 2027
    public void A_daily_0900_Amsterdam_reminder_fires_once_a_day_at_0900_local_around_the_DST_change(string fromUtc, string toUtc)
    {
        var occurrences = LocalOccurrences(TestSchedules.Daily("09:00"), fromUtc, toUtc);

        Assert.Equal(6, occurrences.Count);
        Assert.All(occurrences, o => Assert.Equal(new TimeSpan(9, 0, 0), o.TimeOfDay));
        Assert.Equal(6, occurrences.Select(o => o.Date).Distinct().Count());
        // The UTC time moves by the hour the clocks moved: 07:00Z in summer, 08:00Z in winter.
        Assert.Equal(2, occurrences.Select(o => o.Offset).Distinct().Count());
    }

    [Theory]
    [InlineData("2026-03-28T12:00Z", "2026-03-30T12:00Z", "2026-03-29T01:00:00+00:00")] // 02:30 does not exist: 03:00 summer time
    [InlineData("2027-03-27T12:00Z", "2027-03-29T12:00Z", "2027-03-28T01:00:00+00:00")]
    public void A_0230_reminder_on_the_night_clocks_go_forward_fires_when_the_gap_ends(string fromUtc, string toUtc, string expectedUtc)
    {
        var occurrences = ReminderOccurrences.Between(TestSchedules.Daily("02:30"), DateTimeOffset.Parse(fromUtc), DateTimeOffset.Parse(toUtc)).ToList();

        Assert.Equal(2, occurrences.Count); // that night and the next: nothing skipped
        Assert.Equal(DateTimeOffset.Parse(expectedUtc), occurrences[0]);
        Assert.Equal(new TimeSpan(3, 0, 0), TimeZoneInfo.ConvertTime(occurrences[0], Amsterdam).TimeOfDay);
    }

    [Theory]
    [InlineData("2026-10-24T12:00Z", "2026-10-26T12:00Z", "2026-10-25T00:30:00+00:00")] // 02:30 happens twice: once, in summer time
    [InlineData("2027-10-30T12:00Z", "2027-11-01T12:00Z", "2027-10-31T00:30:00+00:00")]
    public void A_0230_reminder_on_the_night_clocks_go_back_fires_once(string fromUtc, string toUtc, string expectedUtc)
    {
        var occurrences = ReminderOccurrences.Between(TestSchedules.Daily("02:30"), DateTimeOffset.Parse(fromUtc), DateTimeOffset.Parse(toUtc)).ToList();

        Assert.Equal(2, occurrences.Count);
        Assert.Equal(DateTimeOffset.Parse(expectedUtc), occurrences[0]);
    }

    [Fact]
    public void First_Monday_of_the_month_at_0900_gives_the_first_Mondays()
    {
        var schedule = TestSchedules.Daily("09:00") with { Recurrence = new ReminderRecurrence(RecurrenceKind.MonthlyFirstWeekday) { Days = [DayOfWeek.Monday] } };

        var next = ReminderOccurrences.Next(schedule, DateTimeOffset.Parse("2026-10-15T00:00Z"), 3).Select(o => ReminderOccurrences.Local(schedule, o)).ToList();

        Assert.Equal([DateTimeOffset.Parse("2026-11-02T09:00+01:00"), DateTimeOffset.Parse("2026-12-07T09:00+01:00"), DateTimeOffset.Parse("2027-01-04T09:00+01:00")], next);
    }

    [Fact]
    public void Weekly_on_chosen_days_and_monthly_on_a_day_follow_the_time_zone_given()
    {
        var weekly = TestSchedules.Daily("17:30", "America/New_York") with { Recurrence = new ReminderRecurrence(RecurrenceKind.Weekly) { Days = [DayOfWeek.Tuesday, DayOfWeek.Thursday] } };
        var monthly = TestSchedules.Daily("08:15") with { Recurrence = new ReminderRecurrence(RecurrenceKind.MonthlyOnDay) { DayOfMonth = 28 } };

        var weeklyNext = ReminderOccurrences.Next(weekly, DateTimeOffset.Parse("2026-11-02T00:00Z"), 3);
        var monthlyNext = ReminderOccurrences.Next(monthly, DateTimeOffset.Parse("2027-01-30T00:00Z"), 2);

        Assert.Equal([DateTimeOffset.Parse("2026-11-03T22:30Z"), DateTimeOffset.Parse("2026-11-05T22:30Z"), DateTimeOffset.Parse("2026-11-10T22:30Z")], weeklyNext);
        Assert.Equal([DateTimeOffset.Parse("2027-02-28T07:15Z"), DateTimeOffset.Parse("2027-03-28T06:15Z")], monthlyNext); // 28 March 2027 is the DST Sunday
    }

    [Fact]
    public void A_follow_up_is_due_its_hours_after_the_occurrence_and_a_paused_schedule_owes_nothing()
    {
        var schedule = TestSchedules.Daily("09:00") with { FollowUpHours = 48, ActiveSince = DateTimeOffset.Parse("2026-11-01T00:00Z") };
        var now = DateTimeOffset.Parse("2026-11-04T08:30Z");

        var jobs = ReminderPlanner.JobsDue(schedule, now);

        // A follow-up due at the same moment as a reminder comes after it.
        Assert.Equal(["reminder 20261101T0800Z", "reminder 20261102T0800Z", "reminder 20261103T0800Z", "followup 20261101T0800Z", "reminder 20261104T0800Z", "followup 20261102T0800Z"],
            jobs.Select(j => $"{j.PhaseId} {j.OccurrenceId}"));
        Assert.Empty(ReminderPlanner.JobsDue(schedule with { Paused = true }, now));
        Assert.Empty(ReminderPlanner.JobsDue(schedule with { CheckedUntil = now }, now));
    }
}
