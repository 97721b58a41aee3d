namespace CoalitionBot.Benchmarks.Hosting;

/// <summary>Where the benchmark finds what it starts: the bot's Release build and the pinned Azurite.</summary>
public sealed record RepositoryLayout(string Root)
{
    public string BotProject => Path.Combine(Root, "bot");
    public string BotDll => Path.Combine(BotProject, "bin", "Release", "net10.0", "CoalitionBot.dll");
    public string Azurite => Path.Combine(Root, "tests", "azurite", "node_modules", ".bin", "azurite-blob");
    public string Output => Path.Combine(Root, "TestResults", "benchmark");

    /// <summary>The folder holding CoalitionBot.sln, looked for upwards from the working directory.</summary>
    public static RepositoryLayout Find()
    {
        for (var folder = new DirectoryInfo(Environment.CurrentDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "CoalitionBot.sln"))) return new RepositoryLayout(folder.FullName);
        throw new InvalidOperationException("Run the benchmark inside the repository (no CoalitionBot.sln found above the working directory).");
    }

    public void Check()
    {
        if (!File.Exists(BotDll)) throw new InvalidOperationException($"No Release build of the bot at {BotDll}: run `dotnet build bot -c Release` (./benchmark.sh does).");
        if (!File.Exists(Azurite)) throw new InvalidOperationException($"Azurite is not installed at {Azurite}: run `npm ci --prefix tests/azurite` (./benchmark.sh does).");
    }
}
