using CoalitionBot.Reminders;
using CoalitionBot.Resources;
using System.Globalization;
using CoalitionBot.Cards;

namespace CoalitionBot.Tests.Reminders;

/// <summary>The delivery report counts the people reminded and the channel post apart: five members and a post are not six.</summary>
public sealed class DeliveryReportTests
{
    private static DeliveryRecord Sent(string recipient, RecipientKind kind) => new() { Recipient = recipient, Kind = kind, Status = DeliveryStatus.Sent };

    [Fact]
    public void Five_members_and_the_channel_post_are_five_reminded_and_one_post()
    {
        var records = Enumerable.Range(1, 5).Select(i => Sent($"member-{i}", RecipientKind.Member)).Append(Sent("channel", RecipientKind.Channel)).ToList();

        var report = DeliveryReport.Of(records, new HashSet<string> { "member-2", "channel" });

        Assert.Equal((5, 1, 1), (report.Reminded, report.ChannelPosts, report.Answered));
    }

    [Theory]
    [InlineData("nl-NL", 1, "1 lid herinnerd, 0 beantwoord, 0 onbevestigd, 0 mislukt; het bericht in het kanaal is geplaatst")]
    [InlineData("nl-NL", 5, "5 leden herinnerd, 0 beantwoord, 0 onbevestigd, 0 mislukt; het bericht in het kanaal is geplaatst")]
    [InlineData("en", 1, "1 member reminded, 0 answered, 0 unconfirmed, 0 failed; the post in the channel went out")]
    public void The_report_card_says_it_in_singular_or_plural(string culture, int members, string expected)
    {
        var records = Enumerable.Range(1, members).Select(i => Sent($"member-{i}", RecipientKind.Member)).Append(Sent("channel", RecipientKind.Channel)).ToList();
        var schedule = new ReminderSchedule
        {
            Coalition = new("tenant", "team"), Number = 1, Recurrence = new ReminderRecurrence(RecurrenceKind.Daily), Time = "09:00", Topic = ReminderTopic.CheckIn,
            ServiceUrl = "https://example.org/", ChannelId = "msteams", Bot = new(), CreatedBy = "admin",
        };
        var (before, beforeUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
            var card = ReminderReportCard.Build(schedule, [(new OccurrenceRecord { Occurrence = DateTimeOffset.Parse("2026-11-02T08:00:00Z", CultureInfo.InvariantCulture), Phase = ReminderPhase.Reminder, Status = OccurrenceStatus.Completed }, DeliveryReport.Of(records, new HashSet<string>()))]);
            Assert.Contains(expected, card.ToJson(), StringComparison.Ordinal);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (before, beforeUi);
        }
    }
}
