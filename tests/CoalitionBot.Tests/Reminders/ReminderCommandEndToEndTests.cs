using System.Text.Json.Nodes;
using CoalitionBot.Reminders;
using CoalitionBot.Tests.EndToEnd;
using CoalitionBot.Tests.Infrastructure;

namespace CoalitionBot.Tests.Reminders;

/// <summary>Admins plan, list, pause, change and delete reminders through the real bot; members are refused.</summary>
public sealed class ReminderCommandEndToEndTests : BotAndChannelTests
{
    /// <summary>The installer in conversationUpdate-bot-added-to-team.json: the coalition's first admin.</summary>
    private static readonly Member Admin = new("29:1ljv6N86roXr5pjPrCJVIz6xHh5QxjI....", "Beheerder");

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await CoalitionSetup.InstallAsync(Bot, Channel, CoalitionSetup.Katinka);
    }

    private static JsonObject Fill(JsonNode form, Dictionary<string, string> answers)
    {
        var value = form["actions"]![0]!["data"]!.DeepClone().AsObject();
        foreach (var (key, answer) in answers) value[key] = answer;
        return value;
    }

    private static Dictionary<string, string> FirstMonday() => new()
    {
        ["topic"] = "checkin", ["recurrence"] = "firstweekday", ["days"] = "ma", ["time"] = "09:00", ["timeZone"] = "", ["where"] = "both", ["followUp"] = "48",
    };

    [Fact]
    public async Task An_admin_plans_a_reminder_with_the_form_and_sees_its_next_three_times_in_local_time()
    {
        var admin = new DialogConversation(Bot, Channel, member: Admin);

        var form = Assert.Single(await admin.SayAsync("herinnering nieuw")).Card!;
        Assert.Contains("Europe/Amsterdam", form.ToJsonString()); // the default time zone is filled in
        var saved = Assert.Single(await admin.SubmitAsync(Fill(form, FirstMonday()), "card-1")).Card!.ToJsonString();

        Assert.Contains("Herinnering 1", saved);
        Assert.Contains("elke eerste maandag van de maand om 09:00 (Europe/Amsterdam)", saved);
        Assert.Contains("nogmaals na 48 uur", saved);
        Assert.Equal(3, JsonNode.Parse(saved)!["body"]![2]!["facts"]!.AsArray().Count);
        Assert.Matches("ma [1-7] [a-z]+\\.? 20[0-9]{2} 09:00", saved);
        var schedule = (await Bot.Get<ReminderScheduleStore>().GetAsync(CoalitionSetup.Id, 1, CancellationToken.None))!;
        Assert.Equal((RecurrenceKind.MonthlyFirstWeekday, CoalitionSetup.TeamId, true), (schedule.Recurrence.Kind, schedule.TeamChannelId, schedule.ToMembers));
        Assert.Equal(Channel.ServiceUrl.ToString(), schedule.ServiceUrl);
    }

    [Fact]
    public async Task A_wrong_schedule_is_refused_with_the_reason_by_the_field_and_nothing_is_saved()
    {
        var admin = new DialogConversation(Bot, Channel, member: Admin, locale: "en-US");
        var form = Assert.Single(await admin.SayAsync("reminder new")).Card!;

        var answers = FirstMonday();
        answers["recurrence"] = "cron";
        answers.Remove("days"); // the daily form has no days, as it has no cron: what the chosen frequency needs is asked when chosen
        answers["cron"] = "*/5 * * * *";
        answers["timeZone"] = "Mars/Olympus";
        var refused = Assert.Single(await admin.SubmitAsync(Fill(form, answers), "card-1")).Card!.ToJsonString();

        Assert.Contains("less than an hour apart", refused);
        Assert.Contains("I do not know that time zone", refused);
        Assert.Empty(await Bot.Get<ReminderScheduleStore>().ListAsync(CoalitionSetup.Id, CancellationToken.None));
    }

    [Fact]
    public async Task An_admin_lists_pauses_resumes_changes_and_deletes_and_a_member_is_refused()
    {
        var admin = new DialogConversation(Bot, Channel, member: Admin);
        var form = Assert.Single(await admin.SayAsync("herinnering nieuw")).Card!;
        await admin.SubmitAsync(Fill(form, FirstMonday()), "card-1");

        Assert.Equal("Herinnering 1 is gepauzeerd.", Assert.Single(await admin.SayAsync("herinnering pauze 1")).Text);
        Assert.Contains("gepauzeerd", Assert.Single(await admin.SayAsync("herinnering")).Card!.ToJsonString());
        Assert.Equal("Herinnering 1 loopt weer, vanaf nu.", Assert.Single(await admin.SayAsync("herinnering hervat 1")).Text);
        Assert.Contains("nog niet verstuurd", Assert.Single(await admin.SayAsync("herinnering rapport 1")).Card!.ToJsonString());

        var change = Assert.Single(await admin.SayAsync("herinnering wijzig 1")).Card!;
        Assert.Contains("\"value\":\"firstweekday\"", change.ToJsonString()); // starts from what is there
        var answers = FirstMonday();
        answers["recurrence"] = "weekly";
        answers["days"] = "di do";
        var changed = Assert.Single(await admin.SubmitAsync(Fill(change, answers), "card-2")).Card!.ToJsonString();
        Assert.Contains("elke dinsdag, donderdag om 09:00", changed);

        var member = new DialogConversation(Bot, Channel, member: CoalitionSetup.Katinka);
        Assert.Contains("Alleen beheerders", Assert.Single(await member.SayAsync("herinnering verwijder 1")).Text);
        // Deleting asks first, naming what the reminder does; "no" keeps it, "yes" deletes it.
        var confirm = Assert.Single(await admin.SayAsync("herinnering verwijder 1")).Card!;
        Assert.Contains("Herinnering 1 verwijderen? Ze gaat dan niet meer uit: ", confirm.ToJsonString());
        Assert.Contains("Herinnering 1 blijft staan.", Assert.Single(await admin.SubmitAsync(Fill(confirm, new() { ["confirm"] = "no" }), "card-3")).Card!.ToJsonString());
        Assert.Single(await Bot.Get<ReminderScheduleStore>().ListAsync(CoalitionSetup.Id, CancellationToken.None));
        confirm = Assert.Single(await admin.SayAsync("herinnering verwijder 1")).Card!;
        Assert.Contains("Herinnering 1 is verwijderd.", Assert.Single(await admin.SubmitAsync(Fill(confirm, new() { ["confirm"] = "yes" }), "card-4")).Card!.ToJsonString());
        Assert.Empty(await Bot.Get<ReminderScheduleStore>().ListAsync(CoalitionSetup.Id, CancellationToken.None));
    }
}
