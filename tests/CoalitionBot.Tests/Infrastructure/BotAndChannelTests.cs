using Microsoft.Extensions.DependencyInjection;

namespace CoalitionBot.Tests.Infrastructure;

/// <summary>
/// Base of tests that talk to the real bot: a fresh bot (<see cref="Bot"/>) and a fresh loopback
/// Bot Connector (<see cref="Channel"/>) for every test.
/// </summary>
public abstract class BotAndChannelTests : IAsyncLifetime
{
    protected LoopbackChannel Channel { get; private set; } = null!;
    protected BotApp Bot { get; private set; } = null!;

    /// <summary>Settings for the bot beyond the defaults (local storage in a temporary folder), e.g. Azurite's.</summary>
    protected virtual IDictionary<string, string?>? BotSettings => null;

    /// <summary>Services added to the bot's own, e.g. a log capture or a fake clock.</summary>
    protected virtual void ConfigureBotServices(IServiceCollection services) { }

    public virtual async Task InitializeAsync()
    {
        Channel = await LoopbackChannel.StartAsync();
        Bot = new BotApp(BotSettings, ConfigureBotServices);
    }

    public virtual async Task DisposeAsync()
    {
        Bot.Dispose();
        await Channel.DisposeAsync();
    }
}
