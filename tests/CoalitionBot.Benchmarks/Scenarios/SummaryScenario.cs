using CoalitionBot.Benchmarks.Channel;
using CoalitionBot.Benchmarks.Hosting;
using CoalitionBot.Benchmarks.Reporting;

namespace CoalitionBot.Benchmarks.Scenarios;

/// <summary>
/// Coalitions with 100, 1,000 and 10,000 stored check-in answers (ten monthly rounds, a tenth of the answers each,
/// written in the bot's own layout before it starts); their lead asks "samenvatting checkin" in the team's channel,
/// one request at a time, after a warm-up.
/// </summary>
public static class SummaryScenario
{
    private const int WarmUpRequests = 5;
    private static readonly RosterMember Lead = new("29:bench-lead", "Marieke Bos");

    public static async Task<IReadOnlyList<SummaryResult>> RunAsync(RepositoryLayout layout, string storageKind, BenchmarkOptions options, TextWriter progress)
    {
        var coalitions = options.Answers.Select(answers => new SeededCoalition(BenchRun.TenantId, $"19:bench-summary-{answers}@thread.tacv2", answers, Lead)).ToList();
        progress.WriteLine($"summary on {storageKind}: seeding {string.Join(", ", options.Answers)} answers");
        await using var run = await BenchRun.StartAsync(layout, $"summary-{storageKind}", storageKind, [Lead], async (storage, _) =>
        {
            foreach (var coalition in coalitions) await coalition.SeedAsync(storage.Store);
        });

        var results = new List<SummaryResult>();
        foreach (var coalition in coalitions)
        {
            progress.WriteLine($"summary on {storageKind}: {coalition.Answers} answers, {options.Summaries} requests");
            var activities = new TeamsActivities(run.Channel.ServiceUrl, BenchRun.TenantId, coalition.TeamId);
            for (var i = 0; i < WarmUpRequests; i++) await AskAsync(run.Turns, activities);

            var latencies = new LatencyLog();
            var before = await run.Bot.StorageCallsAsync();
            run.Turns.Recording = latencies;
            var failed = 0;
            for (var i = 0; i < options.Summaries; i++)
            {
                try { await AskAsync(run.Turns, activities); }
                catch (UnexpectedReplyException) { failed++; }
            }
            run.Turns.Recording = null;
            var calls = await run.Bot.StorageCallsAsync() - before;
            results.Add(new SummaryResult(storageKind, coalition.Answers, coalition.AnswersPerRound, latencies.Count, failed + latencies.Failures,
                latencies.Percentile(50), latencies.Percentile(99), Math.Round((double)calls.BlobGets / options.Summaries, 2),
                Math.Round((double)calls.StoreReads / options.Summaries, 2), TurnsScenario.Megabytes(run.Bot.Memory().PeakBytes)));
        }
        return results;
    }

    private static async Task AskAsync(TurnDriver turns, TeamsActivities activities)
    {
        var replies = await turns.TurnAsync(activities.ChannelMention(Lead.UserId, Lead.Name, "samenvatting checkin"));
        if (!replies.Any(r => r.Card is not null)) throw new UnexpectedReplyException("No summary card.");
    }
}
