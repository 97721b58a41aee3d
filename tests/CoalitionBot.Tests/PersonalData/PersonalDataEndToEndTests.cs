using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CoalitionBot.Reminders;
using CoalitionBot.Storage;
using CoalitionBot.Tests.EndToEnd;
using CoalitionBot.Tests.Infrastructure;
using CoalitionBot.Tests.Reminders;
using CoalitionBot.Tests.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CoalitionBot.Tests.PersonalData;

/// <summary>"My data" shows and exports everything kept about a person; "delete my data" leaves no trace of them in storage.</summary>
public sealed class PersonalDataEndToEndTests(AzuriteContainerFixture azurite) : BotAndChannelTests, IClassFixture<AzuriteContainerFixture>
{
    private static readonly Member Ahmed = new("29:ahmed", "Ahmed el Amrani");

    protected override IDictionary<string, string?> BotSettings => azurite.BotSettingsOnNewContainer("personal");

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await CoalitionSetup.InstallAsync(Bot, Channel, CoalitionSetup.Katinka, Ahmed);
    }

    /// <summary>A member who has answered a bit of everything, in the 1:1 chat and in the team's channel.</summary>
    private async Task AnswerEverythingAsync(DialogConversation member, Member who, string partnerName = "Welzijn Leiden")
    {
        var checkIn = Assert.Single(await member.SayAsync("checkin")).Card!;
        var value = checkIn["actions"]![0]!["data"]!.DeepClone().AsObject();
        foreach (var aspect in new[] { "Ambition", "Interests", "Relationship", "Process", "Organisation" }) { value["score" + aspect] = "7"; value["remark" + aspect] = ""; }
        value["grade"] = "7";
        value["bottleneck"] = $"knelpunt van {who.Name}";
        value["nextStep"] = "volgende stap";
        await member.SubmitAsync(value, "card-1");

        var threeBs = Assert.Single(await member.SayAsync("3b")).Card!;
        var answers = threeBs["actions"]![0]!["data"]!.DeepClone().AsObject();
        answers["partnerName"] = partnerName; answers["partnerRole"] = "Funder"; answers["partnerLevel"] = "Operational";
        answers["intention"] = "bedoeling"; answers["interest"] = "belang"; answers["contribution"] = "bijdrage";
        answers["expectations"] = "verwachtingen"; answers["own"] = "yes"; answers["attitudeReason"] = "waarom zo";
        answers["influence"] = "3"; answers["involvement"] = "3"; answers["attitude"] = "Neutral";
        await member.SubmitAsync(answers, "card-2");

        var leadership = Assert.Single(await member.SayAsync("leiderschap")).Card!;
        await member.SubmitAsync(Leadership.LeadershipForm.Answers(leadership, Leadership.AnswerPlan.CoachInNeedOfDirecting), "card-3");

        await member.SayAsync("demo tekst");
        await member.SayAsync("Jeugdgezondheidszorg");
        await member.SayAsync("2");
        await member.SayAsync("8");
        await member.SayAsync("taal en");

        var inChannel = new DialogConversation(Bot, Channel, fixture: "message-channel-mention.json", member: who);
        await inChannel.SayAsync("<at>CoalitionBot</at> help");
    }

    /// <summary>Katinka schedules a reminder (paused, so the scheduler leaves it be) that reached her and Ahmed.</summary>
    private async Task<ReminderJob> RemindedByKatinkaAsync()
    {
        var created = await Bot.Services.GetRequiredService<ReminderScheduleStore>().CreateAsync(CoalitionSetup.Id,
            number => TestSchedules.Daily("09:00") with { Number = number, Paused = true, CreatedBy = CoalitionSetup.Katinka.UserId }, CancellationToken.None);
        var job = new ReminderJob(created, DateTimeOffset.UtcNow.AddDays(-1), ReminderPhase.Reminder);
        var log = Bot.Services.GetRequiredService<DeliveryLog>();
        foreach (var member in new[] { CoalitionSetup.Katinka, Ahmed })
        {
            var claim = new DeliveryRecord { Recipient = member.UserId, Kind = RecipientKind.Member, ClaimId = "claim-" + member.Name };
            await log.TryClaimAsync(job, claim, CancellationToken.None);
            await log.RecordAsync(job, claim with { Status = DeliveryStatus.Sent }, CancellationToken.None);
        }
        return job;
    }

    private async Task<IReadOnlyList<(string Key, string Content)>> EverythingStoredAsync()
    {
        var store = Bot.Services.GetRequiredService<IDocumentStore>();
        var documents = new List<(string, string)>();
        await foreach (var key in store.ListKeysAsync("", CancellationToken.None))
            documents.Add((key, Encoding.UTF8.GetString((await store.ReadAsync(key, CancellationToken.None))!.Content.Span)));
        return documents;
    }

    [Fact]
    public async Task My_data_shows_a_card_and_a_download_of_everything_kept()
    {
        var katinka = new DialogConversation(Bot, Channel);
        await AnswerEverythingAsync(katinka, CoalitionSetup.Katinka);
        var job = await RemindedByKatinkaAsync();

        var card = Assert.Single(await katinka.SayAsync("my data")).Card!;

        Assert.Contains("My data", card.ToJsonString()); // she switched to English with "taal en"
        var link = card["actions"]![0]!["url"]!.GetValue<string>();
        using var client = Bot.CreateClient();
        var download = await client.GetAsync(new Uri(link).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        var export = JsonNode.Parse(await download.Content.ReadAsStringAsync())!;
        var coalition = Assert.Single(export["coalitions"]!.AsArray())!;
        Assert.Equal("knelpunt van Katinka Jansen", coalition["checkIns"]![0]!["answer"]!["bottleneck"]!.GetValue<string>());
        Assert.Equal("bedoeling", coalition["threeBs"]![0]!["descriptions"]!["current"]!["intention"]!.GetValue<string>());
        var ownView = coalition["threeBs"]![0]!["descriptions"]!["current"]!;
        Assert.Equal(("verwachtingen", true, "waarom zo"), (ownView["expectations"]!.GetValue<string>(), ownView["isOwnOrganisation"]!.GetValue<bool>(), ownView["attitudeReason"]!.GetValue<string>()));
        Assert.Equal("Jeugdgezondheidszorg", export["introduction"]!["organisation"]!.GetValue<string>());
        Assert.Equal("Coaching", coalition["leadership"]![0]!["latest"]!["dominantStyle"]!.GetValue<string>());
        var reminders = coalition["reminders"]!.AsArray();
        Assert.Equal((job.OccurrenceId, "Sent"), (reminders[0]!["occurrence"]!.GetValue<string>(), reminders[0]!["status"]!.GetValue<string>()));
        Assert.Equal(job.Schedule.Number, reminders[1]!["scheduleCreated"]!.GetValue<int>());
        Assert.DoesNotContain("Ahmed", export.ToJsonString());

        var forged = link[..^3] + (link[^3..] == "AAA" ? "BBB" : "AAA");
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(new Uri(forged).PathAndQuery)).StatusCode);
    }

    [Fact]
    public async Task Delete_my_data_after_confirmation_leaves_no_record_of_the_person()
    {
        var katinka = new DialogConversation(Bot, Channel);
        await AnswerEverythingAsync(katinka, CoalitionSetup.Katinka);
        var ahmed = new DialogConversation(Bot, Channel, member: Ahmed);
        await AnswerEverythingAsync(ahmed, Ahmed, partnerName: "Sportbedrijf");
        var job = await RemindedByKatinkaAsync();
        Assert.Contains(await EverythingStoredAsync(), d => d.Content.Contains(CoalitionSetup.Katinka.UserId) || d.Key.Contains("1Ab-member-user-id"));

        var confirm = Assert.Single(await katinka.SayAsync("verwijder mijn gegevens")).Card!;
        var yes = confirm["actions"]![0]!["data"]!.DeepClone().AsObject();
        yes["confirm"] = "yes";
        var done = Assert.Single(await katinka.SubmitAsync(yes, "card-9"));

        Assert.Contains("deleted", done.Card!.ToJsonString()); // she had switched to English
        var stored = await EverythingStoredAsync();
        Assert.DoesNotContain(stored, d => d.Key.Contains("1Ab-member-user-id") || d.Content.Contains(CoalitionSetup.Katinka.UserId) || d.Content.Contains("Katinka"));
        // Ahmed's answers, and the partner Katinka added, are still there.
        Assert.Contains(stored, d => d.Content.Contains("knelpunt van Ahmed el Amrani"));
        Assert.Contains(stored, d => d.Content.Contains("Welzijn Leiden"));
        // The reminder she scheduled still runs, without her as its creator, and its record of reaching Ahmed stays.
        Assert.Null((await Bot.Services.GetRequiredService<ReminderScheduleStore>().GetAsync(CoalitionSetup.Id, job.Schedule.Number, CancellationToken.None))!.CreatedBy);
        Assert.Equal([Ahmed.UserId], (await Bot.Services.GetRequiredService<DeliveryLog>().RecipientsAsync(job, CancellationToken.None)).Select(r => r.Recipient));
    }

    [Fact]
    public async Task Saying_no_keeps_everything()
    {
        var katinka = new DialogConversation(Bot, Channel);
        await AnswerEverythingAsync(katinka, CoalitionSetup.Katinka);
        var before = await EverythingStoredAsync();

        var confirm = Assert.Single(await katinka.SayAsync("delete my data")).Card!;
        var no = confirm["actions"]![0]!["data"]!.DeepClone().AsObject();
        no["confirm"] = "no";
        Assert.Contains("Nothing was deleted", Assert.Single(await katinka.SubmitAsync(no, "card-9")).Card!.ToJsonString());

        var after = await EverythingStoredAsync();
        Assert.All(before.Where(d => !d.Key.StartsWith("state/", StringComparison.Ordinal)), d => Assert.Contains(d, after));
    }
}
