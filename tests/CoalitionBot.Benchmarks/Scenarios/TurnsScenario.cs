using System.Diagnostics;
using System.Globalization;
using CoalitionBot.Benchmarks.Channel;
using CoalitionBot.Benchmarks.Hosting;
using CoalitionBot.Benchmarks.Reporting;

namespace CoalitionBot.Benchmarks.Scenarios;

/// <summary>
/// The bot is installed in a team whose roster has the members; an admin adds five partners. Every member then
/// completes the 3 B's by text and by card once to warm up, and then <see cref="BenchmarkOptions.Rounds"/> times
/// more, all members at once, measured.
/// </summary>
public static class TurnsScenario
{
    private const string TeamId = "19:bench-turns-team@thread.tacv2";
    private static readonly RosterMember Admin = new("29:bench-admin", "Joost van Dijk");

    public static async Task<TurnsResult> RunAsync(RepositoryLayout layout, string storageKind, BenchmarkOptions options, TextWriter progress)
    {
        var members = Enumerable.Range(1, options.Members)
            .Select(i => new RosterMember($"29:bench-member-{i.ToString("D4", CultureInfo.InvariantCulture)}", $"Lid {i}")).ToList();
        await using var run = await BenchRun.StartAsync(layout, $"turns-{storageKind}", storageKind, [Admin, .. members]);
        var activities = new TeamsActivities(run.Channel.ServiceUrl, BenchRun.TenantId, TeamId);

        await run.Turns.TurnAsync(activities.BotAddedToTeam(Admin.UserId));
        var admin = new SimulatedMember(Admin, activities, run.Turns, BenchPartner.All[0]);
        foreach (var partner in BenchPartner.All) await admin.ThreeBsByCardAsync(newPartner: partner);

        var simulated = members.Select((m, i) => new SimulatedMember(m, activities, run.Turns, BenchPartner.All[i % BenchPartner.All.Count])).ToList();
        progress.WriteLine($"turns on {storageKind}: {members.Count} members warm up");
        var warmUpFailures = (await Task.WhenAll(simulated.Select(m => m.CompleteBothAsync()))).Sum();
        if (warmUpFailures > 0) throw new UnexpectedReplyException($"{warmUpFailures} dialogs failed during the warm-up; see TestResults/benchmark/bot-turns-{storageKind}.log.");

        progress.WriteLine($"turns on {storageKind}: {members.Count} members, {options.Rounds} rounds each, measured");
        var latencies = new LatencyLog();
        var before = await run.Bot.StorageCallsAsync();
        var (botCpu, azuriteCpu) = CpuUsed(run);
        run.Turns.Recording = latencies;
        var clock = Stopwatch.StartNew();
        var failedDialogs = (await Task.WhenAll(simulated.Select(async m =>
        {
            var failures = 0;
            for (var round = 0; round < options.Rounds; round++) failures += await m.CompleteBothAsync();
            return failures;
        }))).Sum();
        clock.Stop();
        run.Turns.Recording = null;
        var calls = await run.Bot.StorageCallsAsync() - before;
        var (botCpuAfter, azuriteCpuAfter) = CpuUsed(run);

        var turns = latencies.Count;
        return new TurnsResult(storageKind, members.Count, turns, latencies.Failures, failedDialogs, Math.Round(clock.Elapsed.TotalSeconds, 2),
            Math.Round(turns / clock.Elapsed.TotalSeconds, 1), latencies.Percentile(50), latencies.Percentile(95), latencies.Percentile(99),
            Math.Round((double)calls.BlobRequests / turns, 3), Math.Round((double)calls.StoreCalls / turns, 3),
            Math.Round((botCpuAfter - botCpu).TotalMilliseconds / turns, 2), Math.Round((azuriteCpuAfter - azuriteCpu).TotalMilliseconds / turns, 2),
            Megabytes(run.Bot.Memory().PeakBytes));
    }

    /// <summary>Where the CPU goes: the bot's process and Azurite's (zero on a local folder).</summary>
    private static (TimeSpan Bot, TimeSpan Azurite) CpuUsed(BenchRun run) =>
        (ProcessCpu.Used(run.Bot.ProcessId), run.Storage.ProcessId is { } azurite ? ProcessCpu.Used(azurite) : TimeSpan.Zero);

    internal static double Megabytes(long bytes) => Math.Round(bytes / 1024.0 / 1024.0, 1);
}
