using CoalitionBot.Cards;
using CoalitionBot.Dialogs;
using CoalitionBot.Languages;
using CoalitionBot.Reminders;
using CoalitionBot.Storage;
using CoalitionBot.Tests.Reminders;

namespace CoalitionBot.Tests.Cards.Samples;

/// <summary>The reminder cards: the admin's form (also refused), the confirmation, list and report, and what members get.</summary>
internal static class ReminderCardSamples
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 30, 0, TimeSpan.Zero);

    private static readonly ReminderSchedule FirstMonday = TestSchedules.Daily("09:00") with
    {
        Recurrence = new ReminderRecurrence(RecurrenceKind.MonthlyFirstWeekday) { Days = [DayOfWeek.Monday] },
        TeamChannelId = "19:general@thread.tacv2",
        FollowUpHours = 48,
    };

    public static Dialog Dialog(DialogSampleEnvironment env) =>
        new ReminderDialog(new ReminderScheduleStore(env.Store, new DocumentUpdater(env.Store)), env.Coalitions, env.Time);

    public static IReadOnlyDictionary<string, string> Options(DialogSampleEnvironment env) =>
        ((ReminderDialog)Dialog(env)).StartOptions(env.Coalition, env.Coalition.Id.TeamId, existing: null);

    public static Dictionary<string, string?> WrongAnswers() => new()
    {
        ["topic"] = "message", ["message"] = "", ["recurrence"] = "cron", ["days"] = "", ["dayOfMonth"] = "", ["cron"] = "*/5 * * * *",
        ["time"] = "25:00", ["timeZone"] = "Mars/Olympus", ["where"] = "both", ["followUp"] = "",
    };

    public static Task<AdaptiveCard> LateActions() => Task.FromResult(LateActionsCard.Build(
    [
        new CoalitionBot.Actions.ActionItem { Number = 3, Text = "Werkplan rondsturen naar de wethouder", Due = new DateOnly(2026, 11, 27) },
        new CoalitionBot.Actions.ActionItem { Number = 5, Text = "Huisartsen uitnodigen voor het volgende overleg", Due = new DateOnly(2026, 11, 30) },
    ], message: null, System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName));

    public static Task<AdaptiveCard> Saved() => Task.FromResult(ReminderSavedCard.Build(FirstMonday, ReminderOccurrences.Next(FirstMonday, Now, 3)));

    public static Task<AdaptiveCard> List() => Task.FromResult(ReminderListCard.Build(
        [FirstMonday, FirstMonday with { Number = 2, Topic = ReminderTopic.Leadership, Recurrence = new ReminderRecurrence(RecurrenceKind.Weekly) { Days = [DayOfWeek.Tuesday, DayOfWeek.Thursday] }, Paused = true }], Now));

    public static Task<AdaptiveCard> Report() => Task.FromResult(ReminderReportCard.Build(FirstMonday,
    [
        (new OccurrenceRecord { Occurrence = Now.AddHours(-1.5).AddDays(-2), Phase = ReminderPhase.FollowUp, Status = OccurrenceStatus.Completed }, new DeliveryReport(21, 9, 0, new Dictionary<string, int>()) { ChannelPosts = 1 }),
        (new OccurrenceRecord { Occurrence = Now.AddHours(-1.5).AddDays(-2), Phase = ReminderPhase.Reminder, Status = OccurrenceStatus.Completed },
            new DeliveryReport(38, 17, 1, new Dictionary<string, int> { ["403 ConversationBlockedByUser"] = 2, [DeliveryReport.InactiveReason] = 1 })),
        (new OccurrenceRecord { Occurrence = Now.AddHours(-1.5).AddDays(-35), Phase = ReminderPhase.Reminder, Status = OccurrenceStatus.Skipped, Reason = OccurrenceRecord.MissedCatchUpWindow }, null),
    ]));

    public static Task<AdaptiveCard> Reminder() => Task.FromResult(ReminderCard.Build(ReminderTopic.CheckIn, "Bespreken we op 12 november.", ReminderPhase.Reminder, CardLanguage.Current));

    public static Task<AdaptiveCard> FollowUp() => Task.FromResult(ReminderCard.Build(ReminderTopic.ThreeBs, null, ReminderPhase.FollowUp, CardLanguage.Current));

    public static Task<AdaptiveCard> Message() => Task.FromResult(ReminderCard.Build(ReminderTopic.Message, "Denk aan de werksessie op donderdag.", ReminderPhase.Reminder, CardLanguage.Current));
}
