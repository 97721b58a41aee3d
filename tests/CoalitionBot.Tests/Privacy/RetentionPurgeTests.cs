using CoalitionBot.CheckIns;
using CoalitionBot.Coalitions;
using CoalitionBot.Leadership;
using CoalitionBot.Privacy;
using CoalitionBot.Reminders;
using CoalitionBot.Storage;
using CoalitionBot.Tests.CheckIns;
using CoalitionBot.Tests.Infrastructure;
using CoalitionBot.Tests.Leadership;
using CoalitionBot.Tests.Storage;
using CoalitionBot.ThreeBs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CoalitionBot.Tests.Privacy;

/// <summary>Answers older than a coalition's retention are purged on Azurite, on a clock the test moves; newer ones stay.</summary>
public sealed class RetentionPurgeTests(AzuriteContainerFixture azurite) : IClassFixture<AzuriteContainerFixture>, IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly CoalitionId Leiden = new("tenant-1", "19:leiden@thread.tacv2"), Delft = new("tenant-1", "19:delft@thread.tacv2");
    private const string Anna = "29:anna", Bram = "29:bram";
    private const string OldWords = "oude woorden van Anna", NewWords = "nieuwe woorden van Bram";

    private readonly FakeTimeProvider clock = new(Now);
    private readonly CapturedLogs logs = new();
    private BotApp? bot;

    private readonly string container = azurite.NewContainer("retention");

    /// <summary>Starts the bot and, when <paramref name="purgeInterval"/> is given, lets its purge schedule start.</summary>
    private async Task StartScheduledAsync(string purgeInterval, int startsSoFar = 0)
    {
        Start(purgeInterval);
        await logs.WaitForAsync("Retention purge schedule read in", occurrence: startsSoFar + 1);
        clock.Advance(RetentionPurgeService.StartupDelay);
    }

    /// <summary>A bot purging every six hours, Leiden's answers of every age, and the moment its schedule started.</summary>
    private async Task<DateTimeOffset> StartSixHourlyWithOldAnswersAsync()
    {
        await StartScheduledAsync("06:00:00");
        await SeedAsync(Leiden, retentionMonths: 24);
        var scheduledAt = Now + RetentionPurgeService.StartupDelay;
        await logs.WaitForAsync($"Next retention purge at {scheduledAt.AddHours(6):O}");
        return scheduledAt;
    }

    private BotApp Start(string purgeInterval = "1.00:00:00")
    {
        var settings = azurite.BotSettings(container);
        settings["Privacy:PurgeInterval"] = purgeInterval;
        return bot = new BotApp(settings, services =>
        {
            services.AddSingleton<TimeProvider>(clock);
            logs.AddTo(services);
        });
    }

    public void Dispose() => bot?.Dispose();

    private T Service<T>() where T : notnull => bot!.Services.GetRequiredService<T>();

    private static DateTimeOffset MonthsAgo(int months, int days = 0) => Now.AddMonths(-months).AddDays(days);

    private async Task SeedAsync(CoalitionId id, int retentionMonths)
    {
        await Service<CoalitionStore>().UpdateAsync(id, () => new Coalition { Id = id, Name = "Coalitie " + id.TeamId, RetentionMonths = retentionMonths }, c => c, CancellationToken.None);
        await CheckInSeeds.SaveAsync(bot!.Services, id, "2024-10", CheckIn(Anna, MonthsAgo(25)), CancellationToken.None);
        await CheckInSeeds.SaveAsync(bot!.Services, id, "2024-11", CheckIn(Anna, MonthsAgo(24, days: -1)), CancellationToken.None);
        await CheckInSeeds.SaveAsync(bot!.Services, id, "2024-11", CheckIn(Bram, MonthsAgo(24, days: 2)), CancellationToken.None);

        var threeBs = Service<ThreeBsStore>();
        await threeBs.SaveAsync(id, "ggd", Description(Anna, MonthsAgo(30), OldWords), CancellationToken.None);
        await threeBs.SaveAsync(id, "ggd", Description(Anna, MonthsAgo(26), OldWords), CancellationToken.None);
        await threeBs.SaveAsync(id, "ggd", Description(Bram, MonthsAgo(28), OldWords), CancellationToken.None);
        await threeBs.SaveAsync(id, "ggd", Description(Bram, MonthsAgo(10), NewWords), CancellationToken.None);
        await threeBs.SaveAsync(id, "ggd", Description(Bram, MonthsAgo(2), NewWords), CancellationToken.None);
        await threeBs.SaveAsync(id, "gemeente", Description(Anna, MonthsAgo(27), OldWords), CancellationToken.None);

        var leadership = Service<LeadershipStore>();
        await leadership.RecordAsync(id, Anna, Leadership(MonthsAgo(32)), CancellationToken.None);
        await leadership.RecordAsync(id, Anna, Leadership(MonthsAgo(25)), CancellationToken.None);
        await leadership.RecordAsync(id, Bram, Leadership(MonthsAgo(40)), CancellationToken.None);
        await leadership.RecordAsync(id, Bram, Leadership(MonthsAgo(8)), CancellationToken.None);
    }

    private static CheckInAnswer CheckIn(string userId, DateTimeOffset at) => new()
    {
        UserId = userId,
        Scores = CheckInAspects.Core.ToDictionary(a => a, _ => 7),
        Bottleneck = userId == Anna ? OldWords : NewWords,
        NextStep = "overleg",
        AnsweredAt = at,
    };

    private static ThreeBsDescription Description(string userId, DateTimeOffset at, string words) => new()
    {
        UserId = userId,
        UserName = userId == Anna ? "Anna" : "Bram",
        Intention = words,
        Interest = words,
        Contribution = words,
        Influence = 3,
        Involvement = 3,
        Attitude = Attitude.Neutral,
        DescribedAt = at,
    };

    private static LeadershipResult Leadership(DateTimeOffset at) =>
        LeadershipResult.Score(AnswerPlan.CoachInNeedOfDirecting.Choices, AnswerPlan.CoachInNeedOfDirecting.RatingsById.Take(3).ToDictionary(), AnswerPlan.CoachInNeedOfDirecting.RatingsById.Skip(3).ToDictionary(), at);

    private async Task<IReadOnlyList<string>> StoredTextsAsync(CoalitionId id)
    {
        var store = Service<IDocumentStore>();
        var texts = new List<string>();
        await foreach (var key in store.ListKeysAsync(id.StoragePrefix + "/", CancellationToken.None))
            texts.Add(System.Text.Encoding.UTF8.GetString((await store.ReadAsync(key, CancellationToken.None))!.Content.Span));
        return texts;
    }

    [Fact]
    public async Task Answers_older_than_the_retention_are_purged_and_newer_ones_kept()
    {
        Start();
        await SeedAsync(Leiden, retentionMonths: 24);

        var report = (await Service<RetentionPurge>().PurgeAsync(Leiden, CancellationToken.None))!;

        Assert.Equal((2, 4, 3), (report.CheckIns, report.Descriptions, report.LeadershipResults));
        var rounds = Service<CheckInStore>();
        Assert.Equal(["2024-11"], await rounds.RoundIdsAsync(Leiden, CancellationToken.None)); // the round left empty is deleted
        Assert.Equal([Bram], (await rounds.GetAsync(Leiden, "2024-11", CancellationToken.None))!.Answers.Keys);

        var threeBs = Service<ThreeBsStore>();
        Assert.Equal(["ggd"], await threeBs.PartnerIdsAsync(Leiden, CancellationToken.None));
        var ggd = (await threeBs.GetAsync(Leiden, "ggd", CancellationToken.None))!;
        var bram = Assert.Single(ggd.ByMember).Value;
        Assert.Equal(MonthsAgo(2), bram.Current.DescribedAt);
        Assert.Equal(MonthsAgo(10), Assert.Single(bram.History).DescribedAt);

        var leadership = (await Service<LeadershipStore>().GetAsync(Leiden, CancellationToken.None))!;
        var bramsResults = Assert.Single(leadership.Members);
        Assert.Equal((Bram, MonthsAgo(8)), (bramsResults.UserId, bramsResults.Latest.AnsweredAt));
        Assert.Empty(bramsResults.Earlier);

        Assert.DoesNotContain(await StoredTextsAsync(Leiden), text => text.Contains(OldWords));
        Assert.Null(await Service<RetentionPurge>().PurgeAsync(new CoalitionId("tenant-1", "19:never-installed"), CancellationToken.None));
    }

    [Fact]
    public async Task Records_of_reminders_sent_before_the_retention_are_purged_and_later_ones_kept()
    {
        Start();
        await SeedAsync(Leiden, retentionMonths: 24);
        var schedule = Reminders.TestSchedules.Daily("09:00") with { Coalition = Leiden };
        var log = Service<DeliveryLog>();
        var old = new ReminderJob(schedule, MonthsAgo(25), ReminderPhase.Reminder);
        var recent = new ReminderJob(schedule, MonthsAgo(2), ReminderPhase.FollowUp);
        foreach (var job in new[] { old, recent })
        {
            foreach (var member in new[] { Anna, Bram })
                await log.RecordAsync(job, new DeliveryRecord { Recipient = member, Kind = RecipientKind.Member, Status = DeliveryStatus.Sent }, CancellationToken.None);
            await log.RecordOccurrenceAsync(job, new OccurrenceRecord { Occurrence = job.Occurrence, Phase = job.Phase, Status = OccurrenceStatus.Completed }, CancellationToken.None);
        }

        var report = (await Service<RetentionPurge>().PurgeAsync(Leiden, CancellationToken.None))!;

        Assert.Equal(2, report.ReminderDeliveries);
        Assert.Empty(await log.RecipientsAsync(old, CancellationToken.None));
        Assert.Equal([Anna, Bram], (await log.RecipientsAsync(recent, CancellationToken.None)).Select(r => r.Recipient).Order());
        Assert.Equal([recent.Occurrence], (await log.OccurrencesAsync(Leiden, schedule.Number, CancellationToken.None)).Select(o => o.Occurrence));
    }

    [Fact]
    public async Task Each_coalition_keeps_answers_for_its_own_retention_and_the_log_names_counts_and_ids_only()
    {
        Start();
        await SeedAsync(Leiden, retentionMonths: 24);
        await SeedAsync(Delft, retentionMonths: 6);

        var reports = await Service<RetentionPurge>().PurgeAllAsync(CancellationToken.None);

        Assert.Equal([Delft, Leiden], reports.Select(r => r.Coalition).OrderBy(c => c.TeamId));
        var delft = reports.Single(r => r.Coalition == Delft);
        Assert.Equal((3, 5, 4), (delft.CheckIns, delft.Descriptions, delft.LeadershipResults)); // only Bram's newest 3 B's is younger than 6 months
        Assert.Equal(2, reports.Single(r => r.Coalition == Leiden).CheckIns);
        var ggd = (await Service<ThreeBsStore>().GetAsync(Delft, "ggd", CancellationToken.None))!;
        Assert.Empty(Assert.Single(ggd.ByMember).Value.History);
        Assert.Null(await Service<LeadershipStore>().GetAsync(Delft, CancellationToken.None));

        var purgeLines = logs.Containing("Retention purge of coalition");
        Assert.Equal(2, purgeLines.Count);
        Assert.Contains(purgeLines, line => line.Contains(Delft.TeamId) && line.Contains("3 check-in answers, 5 3 B's descriptions, 4 leadership results"));
        foreach (var secret in new[] { OldWords, NewWords, "Anna", "Bram", Anna, "ggd", "gemeente", "Coalitie" })
            Assert.Empty(logs.Containing(secret));
    }

    [Fact]
    public async Task The_purge_runs_in_the_background_every_configured_interval()
    {
        var scheduledAt = await StartSixHourlyWithOldAnswersAsync();
        var rounds = Service<CheckInStore>();

        clock.Advance(TimeSpan.FromHours(6) - TimeSpan.FromMinutes(1));
        await Task.Delay(200);
        Assert.Contains("2024-10", await rounds.RoundIdsAsync(Leiden, CancellationToken.None));

        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Contains("1 coalitions checked, 9 answers removed", await logs.WaitForAsync("Retention purge done"));
        Assert.Equal(["2024-11"], await rounds.RoundIdsAsync(Leiden, CancellationToken.None));

        // Six hours later the next purge finds nothing more to remove.
        clock.Advance(TimeSpan.FromHours(6));
        await logs.WaitForAsync("1 coalitions checked, 0 answers removed");
    }

    [Fact]
    public async Task A_purge_that_fails_is_tried_again_an_hour_later_not_at_once()
    {
        await StartSixHourlyWithOldAnswersAsync();
        // A document no purge can read: every purge fails on it.
        await Service<IDocumentStore>().WriteAsync(CheckInStore.KeyOf(Leiden, "2024-09"), "not json"u8.ToArray(), WriteCondition.Always, CancellationToken.None);

        clock.Advance(TimeSpan.FromHours(6));
        await logs.WaitForAsync("Retention purge failed");
        await Task.Delay(300);
        Assert.Single(logs.Containing("Retention purge failed"));

        clock.Advance(TimeSpan.FromHours(1));
        await logs.WaitForAsync("Retention purge failed", occurrence: 2);
    }

    [Fact]
    public async Task A_restart_neither_puts_off_nor_repeats_the_purge()
    {
        var scheduledAt = await StartSixHourlyWithOldAnswersAsync();
        bot!.Dispose();

        // Down for seven hours, past the purge that was due: it runs as soon as the bot is back.
        clock.Advance(TimeSpan.FromHours(7));
        await StartScheduledAsync("06:00:00", startsSoFar: 1);
        Assert.Contains("9 answers removed", await logs.WaitForAsync("Retention purge done"));
        var purgedAt = scheduledAt + TimeSpan.FromHours(7) + RetentionPurgeService.StartupDelay;
        await logs.WaitForAsync($"Next retention purge at {purgedAt.AddHours(6):O}");
        bot!.Dispose();

        // Started again at once, it waits for that one instead of purging again.
        await StartScheduledAsync("06:00:00", startsSoFar: 2);
        await logs.WaitForAsync($"Next retention purge at {purgedAt.AddHours(6):O}", occurrence: 2);
        Assert.Single(logs.Containing("Retention purge done"));
    }

    [Theory]
    [InlineData("00:00:00")]
    [InlineData("00:00:30")]
    [InlineData("40.00:00:00")]
    public void A_purge_interval_out_of_range_stops_the_bot_at_start(string interval)
    {
        var failure = Assert.ThrowsAny<Exception>(() => Start(purgeInterval: interval));
        Assert.Contains("Privacy:PurgeInterval", failure.ToString());
    }

    [Fact]
    public void The_default_interval_is_a_day()
    {
        Start();
        Assert.Equal(TimeSpan.FromDays(1), Service<IOptions<PrivacyOptions>>().Value.PurgeInterval);
    }
}
