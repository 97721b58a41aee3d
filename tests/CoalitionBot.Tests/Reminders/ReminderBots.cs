using CoalitionBot.BotFramework.Connector;
using CoalitionBot.Reminders;
using CoalitionBot.Tests.Infrastructure;
using CoalitionBot.Tests.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CoalitionBot.Tests.Reminders;

/// <summary>The real bot on Azurite with a fast scheduler (a 100 ms tick, the shortest lease), for the reminder tests.</summary>
internal static class ReminderBots
{
    /// <summary>The settings of such a bot on a container of the fixture's account, in-process or as a child process.</summary>
    public static Dictionary<string, string> Settings(AzuriteContainerFixture azurite, string container)
    {
        var settings = azurite.BotSettings(container).ToDictionary(s => s.Key, s => s.Value!);
        settings["Reminders:TickInterval"] = "00:00:00.100";
        settings["Reminders:LeaseDuration"] = "00:00:15";
        return settings;
    }

    public static BotApp Start(AzuriteContainerFixture azurite, string container, Action<IServiceCollection>? services = null)
    {
        var settings = Settings(azurite, container).ToDictionary(s => s.Key, s => (string?)s.Value);
        // Retries as the bot does them, with short backoffs so injected 5xx cost milliseconds.
        return new BotApp(settings, collection =>
        {
            collection.Configure<ConnectorRetryOptions>(o => o.BaseDelay = TimeSpan.FromMilliseconds(20));
            services?.Invoke(collection);
        });
    }

    public static T Get<T>(this BotApp bot) where T : notnull => bot.Services.GetRequiredService<T>();

    /// <summary>Waits until the job's occurrence is recorded (the fan-out finished).</summary>
    public static async Task<OccurrenceRecord> WaitForOccurrenceAsync(BotApp bot, ReminderJob job, TimeSpan? timeout = null)
    {
        var log = bot.Get<DeliveryLog>();
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            if (await log.OccurrenceAsync(job, cts.Token) is { } record) return record;
            await Task.Delay(50, cts.Token);
        }
    }
}
