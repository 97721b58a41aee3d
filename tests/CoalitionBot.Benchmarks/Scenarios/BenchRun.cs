using CoalitionBot.Benchmarks.Channel;
using CoalitionBot.Benchmarks.Hosting;

namespace CoalitionBot.Benchmarks.Scenarios;

/// <summary>One run's world: fresh storage (seeded first when asked), the loopback channel service and the bot process.</summary>
public sealed class BenchRun : IAsyncDisposable
{
    public const string TenantId = "b28fdbfd-2b78-4f93-b0f8-8881793f0f8f";

    private BenchRun(StorageUnderTest storage, ChannelService channel, BotProcess bot)
    {
        Storage = storage;
        Channel = channel;
        Bot = bot;
        Turns = new TurnDriver(bot, channel);
    }

    public StorageUnderTest Storage { get; }
    public ChannelService Channel { get; }
    public BotProcess Bot { get; }
    public TurnDriver Turns { get; }

    /// <summary>
    /// Starts storage and the channel service, seeds (knowing the channel's address), then starts the bot with the
    /// storage's settings and <paramref name="botSettings"/>.
    /// </summary>
    public static async Task<BenchRun> StartAsync(RepositoryLayout layout, string name, string storageKind, IReadOnlyList<RosterMember> roster,
        Func<StorageUnderTest, ChannelService, Task>? seed = null, TeamsThrottling? limits = null, DeliveryLedger? ledger = null,
        IReadOnlyDictionary<string, string>? botSettings = null)
    {
        var storage = await StorageUnderTest.StartAsync(storageKind, layout, name);
        ChannelService? channel = null;
        try
        {
            channel = await ChannelService.StartAsync(roster, limits, ledger);
            if (seed is not null) await seed(storage, channel);
            var settings = new Dictionary<string, string>(storage.BotSettings);
            foreach (var (key, value) in botSettings ?? new Dictionary<string, string>()) settings[key] = value;
            var bot = await BotProcess.StartAsync(layout, name, settings);
            return new BenchRun(storage, channel, bot);
        }
        catch
        {
            if (channel is not null) await channel.DisposeAsync();
            storage.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Bot.Dispose();
        await Channel.DisposeAsync();
        Storage.Dispose();
    }
}
