using System.Globalization;

namespace CoalitionBot.Benchmarks.Reporting;

/// <summary>The figures as a table for people, followed by one BENCH line per run for scripts.</summary>
public static class ResultTable
{
    public static void Print(IReadOnlyList<ScenarioResult> results, TextWriter output)
    {
        var turns = results.OfType<TurnsResult>().Select(t => new[]
        {
            t.Storage, N(t.Members), N(t.Turns), N(t.FailedTurns + t.FailedDialogs), F(t.TurnsPerSecond, 0), F(t.P50Ms, 1), F(t.P95Ms, 1), F(t.P99Ms, 1),
            F(t.BlobCallsPerTurn, 2), F(t.StoreCallsPerTurn, 2), F(t.BotCpuMsPerTurn, 2), F(t.AzuriteCpuMsPerTurn, 2), F(t.PeakRssMb, 0),
        }).ToList();
        Table(output, "turns", ["storage", "members", "turns", "failed", "turns/s", "p50 ms", "p95 ms", "p99 ms", "blob calls/turn", "store calls/turn",
            "bot CPU ms/turn", "Azurite CPU ms/turn", "peak RSS MB"], turns);

        var summaries = results.OfType<SummaryResult>().Select(s => new[]
        {
            s.Storage, N(s.Answers), N(s.AnswersPerRound), N(s.Requests), N(s.Failed), F(s.P50Ms, 1), F(s.P99Ms, 1),
            F(s.BlobReadsPerSummary, 2), F(s.StoreReadsPerSummary, 2), F(s.PeakRssMb, 0),
        }).ToList();
        Table(output, "summary", ["storage", "answers", "per round", "requests", "failed", "p50 ms", "p99 ms", "blob GETs/summary", "store reads/summary", "peak RSS MB"], summaries);

        var fanOuts = results.OfType<FanOutResult>().Select(f => new[]
        {
            f.Storage, N(f.Roster), N(f.Delivered), N(f.Duplicates), N(f.Losses), N(f.Unconfirmed), N(f.Failed), N(f.Throttled), F(f.Seconds, 1),
            F(f.MessagesPerSecond, 1), $"{F(f.CeilingFraction * 100, 0)} % of {N(f.CeilingPerSecond)}/s", F(f.PeakRssMb, 0),
        }).ToList();
        Table(output, "fan-out", ["storage", "roster", "delivered", "duplicates", "losses", "unconfirmed", "failed", "429s", "seconds", "messages/s",
            "of the ceiling", "peak RSS MB"], fanOuts);

        var meetings = results.OfType<MeetingResult>().Select(m => new[]
        {
            m.Storage, N(m.Members), N(m.SaveTurns), N(m.OtherTurns), N(m.Failed), $"{N(m.Stored)}/{N(m.Expected)}", F(m.SaveP50Ms, 1), F(m.SaveP99Ms, 1),
            F(m.OtherP50Ms, 1), F(m.OtherP99Ms, 1), F(m.SaveP99Ms / Math.Max(m.OtherP99Ms, 0.001), 2), F(m.BlobCallsPerTurn, 2), F(m.PeakRssMb, 0),
        }).ToList();
        Table(output, "meeting", ["storage", "members", "save turns", "other turns", "failed", "stored", "save p50 ms", "save p99 ms", "other p50 ms",
            "other p99 ms", "save/other p99", "blob calls/turn", "peak RSS MB"], meetings);

        output.WriteLine();
        foreach (var result in results) output.WriteLine(result.BenchLine());
    }

    private static void Table(TextWriter output, string title, string[] headers, List<string[]> rows)
    {
        if (rows.Count == 0) return;
        var widths = headers.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        output.WriteLine();
        output.WriteLine(title);
        foreach (var row in rows.Prepend(headers))
            output.WriteLine(string.Join(" | ", row.Select((cell, i) => i == 0 ? cell.PadRight(widths[i]) : cell.PadLeft(widths[i]))));
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string F(double value, int decimals) => value.ToString("F" + decimals, CultureInfo.InvariantCulture);
}
