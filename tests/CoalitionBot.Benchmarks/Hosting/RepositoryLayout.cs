namespace CoalitionBot.Benchmarks.Hosting;

/// <summary>
/// Where the benchmark finds what it starts, the bot's Release build and the pinned Azurite, and where it writes its
/// logs, in the repository that <see cref="RepositoryPaths"/> finds.
/// </summary>
public sealed class RepositoryLayout
{
    private RepositoryLayout() { }

    public string BotProject => RepositoryPaths.Bot;
    public string BotDll => Path.Combine(BotProject, "bin", "Release", "net10.0", "CoalitionBot.dll");
    public string Azurite => RepositoryPaths.Azurite;
    public string Output => Path.Combine(RepositoryPaths.TestResults, "benchmark");

    public static RepositoryLayout Find() => new();

    public void Check()
    {
        if (!File.Exists(BotDll)) throw new InvalidOperationException($"No Release build of the bot at {BotDll}: run `dotnet build bot -c Release` (./benchmark.sh does).");
        if (!File.Exists(Azurite)) throw new InvalidOperationException($"Azurite is not installed at {Azurite}: run `npm ci --prefix tests/azurite` (./benchmark.sh does).");
    }
}
