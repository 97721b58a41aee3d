using CoalitionBot.BotFramework.Connector;
using CoalitionBot.Tests.EndToEnd;
using CoalitionBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CoalitionBot.Tests.Operations;

/// <summary>The resilience pipeline's lines about each attempt and retry are Debug: a retried call that succeeds leaves nothing at Information.</summary>
public sealed class ResilienceLogTests : BotAndChannelTests
{
    private readonly CapturedLogs logs = new();

    protected override void ConfigureBotServices(IServiceCollection services)
    {
        logs.AddTo(services);
        services.Configure<ConnectorRetryOptions>(o => o.BaseDelay = TimeSpan.FromMilliseconds(10)); // the same retry, sooner
    }

    [Fact]
    public async Task Attempts_and_retries_are_debug_lines()
    {
        var attempts = 0;
        Channel.Answer = _ => Interlocked.Increment(ref attempts) == 1 ? new ChannelAnswer(503, null) : null;

        await new DialogConversation(Bot, Channel, member: CoalitionSetup.Katinka).SayAsync("help", expectedCalls: 2);

        Assert.Contains(logs.Entries, e => e.StartsWith("Debug Polly", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Entries, e => !e.StartsWith("Debug", StringComparison.Ordinal) && !e.StartsWith("Trace", StringComparison.Ordinal) && e.Contains(" Polly", StringComparison.Ordinal));
    }
}
