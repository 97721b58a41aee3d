using CoalitionBot.Benchmarks.Hosting;
using CoalitionBot.Benchmarks.Reporting;
using CoalitionBot.Benchmarks.Scenarios;

namespace CoalitionBot.Benchmarks;

/// <summary>Runs the chosen scenarios on each storage, each on fresh storage and a fresh bot process, and prints the figures.</summary>
public static class BenchmarkProgram
{
    public static async Task<int> Main(string[] args)
    {
        BenchmarkOptions options;
        try { options = BenchmarkOptions.Parse(args); }
        catch (ArgumentException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 2;
        }

        var layout = RepositoryLayout.Find();
        layout.Check();
        Directory.CreateDirectory(layout.Output);
        Console.WriteLine($"CoalitionBot benchmark: {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; logs in {layout.Output}");

        var results = new List<ScenarioResult>();
        foreach (var storage in options.Storage)
        {
            if (options.Scenarios.Contains("turns")) results.Add(await TurnsScenario.RunAsync(layout, storage, options, Console.Out));
            if (options.Scenarios.Contains("summary")) results.AddRange(await SummaryScenario.RunAsync(layout, storage, options, Console.Out));
            if (options.Scenarios.Contains("fanout")) results.Add(await FanOutScenario.RunAsync(layout, storage, options, Console.Out));
            if (options.Scenarios.Contains("meeting"))
                foreach (var size in options.Meeting) results.Add(await MeetingScenario.RunAsync(layout, storage, size, options, Console.Out));
        }
        ResultTable.Print(results, Console.Out);
        return 0;
    }
}
