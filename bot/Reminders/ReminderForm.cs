using System.Globalization;
using Cronos;
using CoalitionBot.Resources;

namespace CoalitionBot.Reminders;

/// <summary>
/// The reminder form's answers read into a schedule's settings, or what is wrong with them (by form field).
/// Keys are the form's input ids; choice values are words, never numbers.
/// </summary>
public sealed record ReminderForm(ReminderTopic Topic, string? Message, ReminderRecurrence Recurrence, string Time, string TimeZone, bool ToChannel, bool ToMembers, int? FollowUpHours)
{
    public const string TopicKey = "topic", MessageKey = "message", RecurrenceKey = "recurrence", DaysKey = "days", DayOfMonthKey = "dayOfMonth",
        CronKey = "cron", TimeKey = "time", TimeZoneKey = "timeZone", WhereKey = "where", FollowUpKey = "followUp";

    public const string Daily = "daily", Weekly = "weekly", Monthly = "monthly", FirstWeekday = "firstweekday", Cron = "cron";
    public const string Channel = "channel", Members = "members", Both = "both";
    public const string TopicCheckIn = "checkin", TopicThreeBs = "threebs", TopicLeadership = "leadership", TopicMessage = "message", TopicLateActions = "lateactions";

    /// <summary>An expert's cron may not fire more often than this: every reminder reaches the whole team.</summary>
    public static readonly TimeSpan ShortestInterval = TimeSpan.FromHours(1);

    public static IReadOnlyDictionary<string, string> Validate(IReadOnlyDictionary<string, string> answers) => Read(answers).Errors;

    public static ReminderForm Parse(IReadOnlyDictionary<string, string> answers) =>
        Read(answers) is { Form: { } form } ? form : throw new ArgumentException("The reminder form was not validated.", nameof(answers));

    private static (ReminderForm? Form, Dictionary<string, string> Errors) Read(IReadOnlyDictionary<string, string> answers)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        string Answer(string key) => answers.GetValueOrDefault(key)?.Trim() ?? string.Empty;

        var topic = Answer(TopicKey) switch
        {
            TopicThreeBs => ReminderTopic.ThreeBs, TopicLeadership => ReminderTopic.Leadership, TopicMessage => ReminderTopic.Message,
            TopicLateActions => ReminderTopic.LateActions, _ => ReminderTopic.CheckIn,
        };
        var message = Answer(MessageKey) is { Length: > 0 } m ? m : null;
        if (topic == ReminderTopic.Message && message is null) errors[MessageKey] = Strings.ReminderFormMessageRequired;

        var time = Answer(TimeKey);
        if (!TimeOnly.TryParseExact(time.Replace('.', ':'), ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)) errors[TimeKey] = Strings.ReminderFormTimeInvalid;
        time = at.ToString("HH:mm", CultureInfo.InvariantCulture);

        var zone = Answer(TimeZoneKey) is { Length: > 0 } z ? z : ReminderSchedule.DefaultTimeZone;
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(zone, out var found) || !found.HasIanaId) errors[TimeZoneKey] = Strings.ReminderFormTimeZoneInvalid;

        var recurrence = ReadRecurrence(Answer(RecurrenceKey), Answer(DaysKey), Answer(DayOfMonthKey), Answer(CronKey), errors);
        var where = Answer(WhereKey);
        var followUp = int.TryParse(Answer(FollowUpKey), NumberStyles.None, CultureInfo.InvariantCulture, out var hours) && hours > 0 ? hours : (int?)null;
        if (errors.Count > 0) return (null, errors);
        return (new ReminderForm(topic, message, recurrence!, time, zone, where is Channel or Both, where is Members or Both, topic.AsksAnAnswer() ? followUp : null), errors);
    }

    private static ReminderRecurrence? ReadRecurrence(string kind, string daysText, string dayOfMonthText, string cron, Dictionary<string, string> errors)
    {
        var days = WeekdayNames.Parse(daysText);
        switch (kind)
        {
            case Weekly when days is not { Count: > 0 }:
                errors[DaysKey] = Strings.ReminderFormDaysInvalid;
                return null;
            case Weekly:
                return new ReminderRecurrence(RecurrenceKind.Weekly) { Days = days };
            case FirstWeekday when days is not { Count: 1 }:
                errors[DaysKey] = Strings.ReminderFormOneDayInvalid;
                return null;
            case FirstWeekday:
                return new ReminderRecurrence(RecurrenceKind.MonthlyFirstWeekday) { Days = days };
            case Monthly when !int.TryParse(dayOfMonthText, NumberStyles.None, CultureInfo.InvariantCulture, out var day) || day is < 1 or > 28:
                errors[DayOfMonthKey] = Strings.ReminderFormDayOfMonthInvalid;
                return null;
            case Monthly:
                return new ReminderRecurrence(RecurrenceKind.MonthlyOnDay) { DayOfMonth = int.Parse(dayOfMonthText, CultureInfo.InvariantCulture) };
            case Cron when !IsCronAllowed(cron):
                errors[CronKey] = Strings.ReminderFormCronInvalid;
                return null;
            case Cron:
                return new ReminderRecurrence(RecurrenceKind.Cron) { Cron = cron };
            default:
                return new ReminderRecurrence(RecurrenceKind.Daily);
        }
    }

    /// <summary>Five fields, and never two occurrences less than an hour apart (checked over the next occurrences).</summary>
    private static bool IsCronAllowed(string cron)
    {
        if (cron.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length != 5 || !CronExpression.TryParse(cron, CronFormat.Standard, out var expression)) return false;
        var next = expression.GetOccurrences(DateTime.UtcNow, DateTime.UtcNow.AddDays(400)).Take(50).ToList();
        return next.Count > 0 && next.Zip(next.Skip(1)).All(pair => pair.Second - pair.First >= ShortestInterval);
    }

    /// <summary>The form's answers for an existing schedule, so "change" starts from what is there.</summary>
    public static Dictionary<string, string> AnswersOf(ReminderSchedule schedule) => new()
    {
        [TopicKey] = schedule.Topic switch
        {
            ReminderTopic.ThreeBs => TopicThreeBs, ReminderTopic.Leadership => TopicLeadership, ReminderTopic.Message => TopicMessage,
            ReminderTopic.LateActions => TopicLateActions, _ => TopicCheckIn,
        },
        [MessageKey] = schedule.Message ?? string.Empty,
        [RecurrenceKey] = schedule.Recurrence.Kind switch { RecurrenceKind.Weekly => Weekly, RecurrenceKind.MonthlyOnDay => Monthly, RecurrenceKind.MonthlyFirstWeekday => FirstWeekday, RecurrenceKind.Cron => Cron, _ => Daily },
        [DaysKey] = WeekdayNames.Format(schedule.Recurrence.Days),
        [DayOfMonthKey] = schedule.Recurrence.DayOfMonth?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
        [CronKey] = schedule.Recurrence.Cron ?? string.Empty,
        [TimeKey] = schedule.Time,
        [TimeZoneKey] = schedule.TimeZone,
        [WhereKey] = (schedule.TeamChannelId is not null, schedule.ToMembers) switch { (true, true) => Both, (true, false) => Channel, _ => Members },
        [FollowUpKey] = schedule.FollowUpHours?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
