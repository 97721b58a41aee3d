using CoalitionBot.Reminders;
using CoalitionBot.Storage;
using CoalitionBot.Tests.Storage;
using Microsoft.Extensions.DependencyInjection;

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
        using var bot = ReminderBots.Start(azurite, azurite.NewContainer("breaks-off"), services: services =>
            FailingOnce.Replace(services, (key, condition) => condition.Kind == failing && key.StartsWith("reminders/deliveries/", StringComparison.Ordinal)
                && key.EndsWith("/" + StorageKey.Escape(Member), StringComparison.Ordinal), failAfterWriting));
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

    /// <summary>The bot's document store, failing one matching write once as an unreachable Blob Storage does.</summary>
    private sealed class FailingOnce(IDocumentStore inner, Func<string, WriteCondition, bool> matches, bool afterWriting) : IDocumentStore
    {
        private int failed;

        public static void Replace(IServiceCollection services, Func<string, WriteCondition, bool> matches, bool afterWriting)
        {
            var registered = services.Last(d => d.ServiceType == typeof(IDocumentStore));
            services.Remove(registered);
            services.AddSingleton<IDocumentStore>(provider => new FailingOnce((IDocumentStore)registered.ImplementationFactory!(provider), matches, afterWriting));
        }

        public async Task<string> WriteAsync(string key, ReadOnlyMemory<byte> content, WriteCondition condition, CancellationToken cancellationToken)
        {
            if (!matches(key, condition) || Interlocked.Exchange(ref failed, 1) == 1) return await inner.WriteAsync(key, content, condition, cancellationToken);
            if (afterWriting) await inner.WriteAsync(key, content, condition, cancellationToken);
            throw new StorageUnavailableException($"Blob storage could not write '{key}'.");
        }

        public Task<StoredDocument?> ReadAsync(string key, CancellationToken cancellationToken) => inner.ReadAsync(key, cancellationToken);
        public Task<bool> DeleteAsync(string key, string? ifMatchETag, CancellationToken cancellationToken) => inner.DeleteAsync(key, ifMatchETag, cancellationToken);
        public IAsyncEnumerable<string> ListKeysAsync(string prefix, CancellationToken cancellationToken) => inner.ListKeysAsync(prefix, cancellationToken);
        public Task<bool> TryAcquireLeaseAsync(string key, string leaseId, TimeSpan duration, CancellationToken cancellationToken) => inner.TryAcquireLeaseAsync(key, leaseId, duration, cancellationToken);
        public Task ReleaseLeaseAsync(string key, string leaseId, CancellationToken cancellationToken) => inner.ReleaseLeaseAsync(key, leaseId, cancellationToken);
    }
}
