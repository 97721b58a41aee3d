using System.Text.Json.Nodes;
using CoalitionBot.Reminders;
using CoalitionBot.Tests.EndToEnd;
using CoalitionBot.Tests.Infrastructure;

namespace CoalitionBot.Tests.Reminders;

/// <summary>The reminder form and its text mode ask what the chosen frequency needs, and nothing else.</summary>
public sealed class ReminderFormFollowsFrequencyTests : BotAndChannelTests
{
    private static readonly Member Admin = new("29:1ljv6N86roXr5pjPrCJVIz6xHh5QxjI....", "Beheerder");

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await CoalitionSetup.InstallAsync(Bot, Channel, CoalitionSetup.Katinka);
    }

    private static IReadOnlyList<string> InputIds(JsonNode card) =>
        [.. card["body"]!.AsArray().Where(e => e!["type"]!.GetValue<string>().StartsWith("Input.", StringComparison.Ordinal)).Select(e => e!["id"]!.GetValue<string>())];

    [Fact]
    public async Task A_daily_form_has_no_days_and_choosing_weekly_brings_the_days_question_with_what_was_filled_in()
    {
        var admin = new DialogConversation(Bot, Channel, member: Admin);
        var form = Assert.Single(await admin.SayAsync("herinnering nieuw")).Card!;
        Assert.Equal(["topic", "message", "recurrence", "time", "timeZone", "where", "followUp"], InputIds(form));
        var timeZone = form["body"]!.AsArray().Single(e => e!["id"]?.GetValue<string>() == "timeZone")!;
        Assert.Equal(("compact", "Europe/Amsterdam"), (timeZone["style"]!.GetValue<string>(), timeZone["value"]!.GetValue<string>()));

        var value = form["actions"]![0]!["data"]!.DeepClone().AsObject();
        foreach (var (key, answer) in new Dictionary<string, string> { ["topic"] = "checkin", ["recurrence"] = "weekly", ["time"] = "08:30", ["timeZone"] = "Europe/Amsterdam", ["where"] = "members" })
            value[key] = answer;
        var again = Assert.Single(await admin.SubmitAsync(value.DeepClone().AsObject(), "card-1")).Card!;

        Assert.Equal(["topic", "message", "recurrence", "days", "time", "timeZone", "where", "followUp"], InputIds(again));
        Assert.Contains("Bij wat je koos hoort nog iets", again.ToJsonString());
        Assert.Contains("\"value\":\"08:30\"", again.ToJsonString());
        Assert.DoesNotContain("rood", again.ToJsonString()); // no errors: nothing was wrong
        Assert.Empty(await Bot.Get<ReminderScheduleStore>().ListAsync(CoalitionSetup.Id, CancellationToken.None));

        value["days"] = "ma wo";
        var saved = Assert.Single(await admin.SubmitAsync(value, "card-1")).Card!.ToJsonString();
        Assert.Contains("elke maandag, woensdag om 08:30", saved);
    }

    [Fact]
    public async Task Text_mode_asks_the_day_of_the_month_only_for_a_monthly_reminder()
    {
        var admin = new DialogConversation(Bot, Channel, member: Admin);
        var questions = new List<string?>();
        async Task Say(string text) => questions.Add(Assert.Single(await admin.SayAsync(text)).Text);

        await Say("herinnering nieuw tekst");
        foreach (var answer in new[] { "1", "-", "3" }) await Say(answer); // check-in, no message, monthly
        Assert.Contains("Dag van de maand", questions[^1]);
        foreach (var answer in new[] { "15", "09:00", "1", "1" }) await Say(answer); // 15th, 09:00, Europe/Amsterdam, to the members

        Assert.Contains("Vraag 8 van 8", questions[^1]); // the follow-up: no days, no cron asked
        Assert.DoesNotContain(questions.Skip(3), q => q!.Contains("Op welke dag", StringComparison.Ordinal) || q.Contains("Cron", StringComparison.Ordinal));
    }
}
