using System.Globalization;
using CoalitionBot.BotFramework.Schema;
using CoalitionBot.Reminders;
using CoalitionBot.Tests.EndToEnd;

namespace CoalitionBot.Tests.Reminders;

/// <summary>Schedules for the tests, of the recorded team of the Teams fixtures.</summary>
internal static class TestSchedules
{
    public static readonly ChannelAccount Bot = new() { Id = "28:bot-app-id", Name = "CoalitionBot" };

    public static ReminderSchedule Daily(string time, string timeZone = ReminderSchedule.DefaultTimeZone, string serviceUrl = "http://127.0.0.1:1/") => new()
    {
        Coalition = CoalitionSetup.Id,
        Number = 1,
        Recurrence = new ReminderRecurrence(RecurrenceKind.Daily),
        Time = time,
        TimeZone = timeZone,
        Topic = ReminderTopic.CheckIn,
        ToMembers = true,
        ServiceUrl = serviceUrl,
        ChannelId = "msteams",
        Bot = Bot,
        ActiveSince = DateTimeOffset.UnixEpoch,
    };

    /// <summary>
    /// A daily schedule whose last occurrence was a minute or two ago, active since a little before; in UTC, so no
    /// daylight-saving change adds or drops an occurrence on the day a test runs.
    /// </summary>
    public static ReminderSchedule DueNow(Uri serviceUrl, DateTimeOffset now) =>
        Daily(now.AddMinutes(-1).UtcDateTime.ToString("HH:mm", CultureInfo.InvariantCulture), timeZone: "UTC", serviceUrl: serviceUrl.ToString()) with { ActiveSince = now.AddMinutes(-3) };
}
