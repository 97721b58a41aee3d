using System.Globalization;
using CoalitionBot.Benchmarks.Hosting;

namespace CoalitionBot.Benchmarks;

/// <summary>The command line: which scenarios on which storage, and how big.</summary>
public sealed record BenchmarkOptions
{
    public IReadOnlyList<string> Scenarios { get; init; } = ["turns", "summary", "fanout", "meeting"];
    public IReadOnlyList<string> Storage { get; init; } = [StorageUnderTest.Azurite, StorageUnderTest.Local];
    /// <summary>Members answering at once in the turns scenario.</summary>
    public int Members { get; init; } = 50;
    /// <summary>Measured rounds per member; a round is the 3 B's by text and by card (ten turns).</summary>
    public int Rounds { get; init; } = 5;
    /// <summary>Stored check-in answers of the summary scenario's coalitions.</summary>
    public IReadOnlyList<int> Answers { get; init; } = [100, 1_000, 10_000];
    /// <summary>Measured summary requests per coalition.</summary>
    public int Summaries { get; init; } = 50;
    /// <summary>Sizes of the meeting that saves into one round and one partner at the same moment.</summary>
    public IReadOnlyList<int> Meeting { get; init; } = [20, 50];
    /// <summary>Members of the team a reminder fans out to.</summary>
    public int Roster { get; init; } = 1_000;

    public const string Usage = """
        ./benchmark.sh [--scenarios turns,summary,fanout,meeting] [--storage azurite,azurite-disk,local] [--members 50] [--rounds 5]
                       [--answers 100,1000,10000] [--summaries 50] [--roster 1000] [--meeting 20,50]
        """;

    public static BenchmarkOptions Parse(string[] args)
    {
        var options = new BenchmarkOptions();
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.\n{Usage}");
            options = args[i] switch
            {
                "--scenarios" => options with { Scenarios = List(value) },
                "--storage" => options with { Storage = List(value) },
                "--members" => options with { Members = Positive(value) },
                "--rounds" => options with { Rounds = Positive(value) },
                "--answers" => options with { Answers = [.. List(value).Select(Positive)] },
                "--summaries" => options with { Summaries = Positive(value) },
                "--roster" => options with { Roster = Positive(value) },
                "--meeting" => options with { Meeting = [.. List(value).Select(Positive)] },
                _ => throw new ArgumentException($"Unknown option {args[i]}.\n{Usage}"),
            };
            i++;
        }
        return options;
    }

    private static string[] List(string value) => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static int Positive(string value) =>
        int.TryParse(value.Replace("_", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0
            ? number
            : throw new ArgumentException($"'{value}' is not a positive whole number.\n{Usage}");
}
