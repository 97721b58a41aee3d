using System.Net;
using System.Text.Json.Nodes;
using CoalitionBot.Reminders;
using CoalitionBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CoalitionBot.Tests.Operations;

/// <summary>The reminder scheduler's part of /healthz: the real scheduler on a clock the test moves, then stopped.</summary>
public sealed class SchedulerHealthTests : IDisposable
{
    private static readonly TimeSpan Tick = TimeSpan.FromSeconds(30);
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
    private readonly BotApp bot;

    public SchedulerHealthTests() =>
        bot = new BotApp(new Dictionary<string, string?> { ["Reminders:TickInterval"] = "00:00:30" }, services => services.AddSingleton<TimeProvider>(clock));

    public void Dispose() => bot.Dispose();

    private async Task<(HttpStatusCode Status, JsonNode Scheduler)> HealthAsync()
    {
        using var client = bot.CreateClient();
        using var response = await client.GetAsync("/healthz");
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!["checks"]!["reminderScheduler"]!);
    }

    [Fact]
    public async Task A_scheduler_that_ticks_is_healthy_and_one_that_stopped_ticking_for_three_intervals_is_unhealthy()
    {
        clock.Advance(Tick * 2);
        var ticking = await HealthAsync();

        await bot.Services.GetRequiredService<ReminderScheduler>().StopAsync(CancellationToken.None);
        clock.Advance(Tick * SchedulerHeartbeat.MissedTicks + TimeSpan.FromSeconds(1));
        var stopped = await HealthAsync();

        Assert.Equal(HttpStatusCode.OK, ticking.Status);
        Assert.Equal("Healthy", ticking.Scheduler["status"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, stopped.Status);
        Assert.Equal("Unhealthy", stopped.Scheduler["status"]!.GetValue<string>());
        Assert.Equal("The reminder scheduler has not ticked for 91 seconds (it ticks every 30 seconds): no reminders are sent from this instance.",
            stopped.Scheduler["description"]!.GetValue<string>());
    }
}
