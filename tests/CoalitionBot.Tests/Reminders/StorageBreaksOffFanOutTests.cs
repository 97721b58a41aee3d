using CoalitionBot.Reminders;
using CoalitionBot.Storage;
using CoalitionBot.Tests.Storage;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace CoalitionBot.Tests.Reminders;

/// <summary>
/// Storage fails during a fan-out on Azurite and the job is run again, as the scheduler does: a member whose claim
/// storage reported as failed (though it landed) is still reminded, once; a member whose reminder went out but whose
/// outcome could not be recorded is not reminded again.
/// </summary>
public sealed class StorageBreaksOffFanOutTests(AzuriteContainerFixture azurite) : IClassFixture<AzuriteContainerFixture>
{
    private const string Member = "29:member-003";

    private async Task<(TeamsLimitsChannel Teams, DeliveryReport Report)> RunTwiceAsync(WriteConditionKind failing, bool failAfterWriting)
    {
        var teams = await TeamsLimitsChannel.StartAsync(8);
        using var bot = ReminderBots.Start(azurite, azurite.NewContainer("breaks-off"), services: services => FailOnce(services, failing, failAfterWriting));
        var schedule = TestSchedules.DueNow(teams.ServiceUrl, DateTimeOffset.UtcNow) with { Paused = true };
        var job = new ReminderJob(schedule, DateTimeOffset.UtcNow.AddMinutes(-1), ReminderPhase.Reminder);
        var fanOut = bot.Get<ReminderFanOut>();

        await Assert.ThrowsAsync<StorageUnavailableException>(() => fanOut.RunAsync(job, CancellationToken.None));
        return (teams, await fanOut.RunAsync(job, CancellationToken.None));
    }

    [Fact]
    public async Task A_claim_that_landed_though_storage_reported_it_failed_is_taken_up_and_sent_once()
    {
        var (teams, report) = await RunTwiceAsync(WriteConditionKind.IfNotExists, failAfterWriting: true);
        await using var _ = teams;

        Assert.Equal(8, teams.DeliveriesByConversation.Count);
        Assert.All(teams.DeliveriesByConversation, c => Assert.Equal(1, c.Value));
        Assert.Equal((8, 0), (report.Reminded, report.Unconfirmed));
    }

    [Fact]
    public async Task A_reminder_sent_whose_outcome_could_not_be_recorded_is_not_sent_again()
    {
        var (teams, report) = await RunTwiceAsync(WriteConditionKind.Always, failAfterWriting: false);
        await using var _ = teams;

        Assert.Equal(8, teams.DeliveriesByConversation.Count);
        Assert.All(teams.DeliveriesByConversation, c => Assert.Equal(1, c.Value));
        Assert.Equal((7, 1), (report.Reminded, report.Unconfirmed));
    }

    private static bool IsMembersDelivery(string key) =>
        key.StartsWith("reminders/deliveries/", StringComparison.Ordinal) && key.EndsWith("/" + StorageKey.Escape(Member), StringComparison.Ordinal);

    /// <summary>
    /// The bot's document store, failing the first write of the member's delivery record with <paramref name="failing"/>
    /// once, as an unreachable Blob Storage does: before the write, or after it landed when <paramref name="afterWriting"/>.
    /// </summary>
    private static void FailOnce(IServiceCollection services, WriteConditionKind failing, bool afterWriting)
    {
        var registered = services.Last(d => d.ServiceType == typeof(IDocumentStore));
        services.Remove(registered);
        services.AddSingleton(provider =>
        {
            var real = (IDocumentStore)registered.ImplementationFactory!(provider);
            var store = DocumentStoreMock.Over(real);
            var failed = 0;
            store.Setup(s => s.WriteAsync(It.Is<string>(key => IsMembersDelivery(key)), It.IsAny<ReadOnlyMemory<byte>>(), It.Is<WriteCondition>(c => c.Kind == failing), It.IsAny<CancellationToken>()))
                .Returns(async (string key, ReadOnlyMemory<byte> content, WriteCondition condition, CancellationToken cancellationToken) =>
                {
                    if (Interlocked.Exchange(ref failed, 1) == 1) return await real.WriteAsync(key, content, condition, cancellationToken);
                    if (afterWriting) await real.WriteAsync(key, content, condition, cancellationToken);
                    throw new StorageUnavailableException($"Blob storage could not write '{key}'.");
                });
            return store.Object;
        });
    }
}
