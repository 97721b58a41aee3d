namespace CoalitionBot.Testing;

/// <summary>
/// The repository (the folder with CoalitionBot.sln), the workplace's shared folder beside it, and the files the tests,
/// the browser tests, the infra tests and the benchmark read or write there.
/// </summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The workplace's shared folder (domain notes, schemas, recorded Teams payloads, Teams host configs), beside the repository.</summary>
    /// <remarks>test.sh sets COALITIONBOT_SHARED when the repository is a clone somewhere else (e.g. a temporary folder).</remarks>
    public static string Shared => Environment.GetEnvironmentVariable("COALITIONBOT_SHARED") is { Length: > 0 } shared
        ? Path.GetFullPath(shared)
        : Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    /// <summary>A recorded Teams payload of the shared folder.</summary>
    public static string TeamsFixture(string name) => Path.Combine(Shared, "fixtures", "teams", name);

    /// <summary>The bot's project folder.</summary>
    public static string Bot => Path.Combine(Root, "bot");

    /// <summary>The Bicep templates and the Teams app package.</summary>
    public static string Infra => Path.Combine(Root, "infra");

    /// <summary>The Teams app: manifest template, icons, package script.</summary>
    public static string TeamsApp => Path.Combine(Infra, "teams");

    public static string SettingsTemplate => Path.Combine(Root, "appsettings.template.json");

    public static string SettingsDoc => Path.Combine(Root, "docs", "settings.md");

    /// <summary>Card samples written by the unit tests from the bot's real card builders.</summary>
    public static string CardSamples => Path.Combine(Root, "cards", "samples");

    /// <summary>What a run leaves for people to look at (test.sh keeps it as the run's artifacts).</summary>
    public static string TestResults => Path.Combine(Root, "TestResults");

    /// <summary>Screenshots of the browser tests.</summary>
    public static string Screenshots => Path.Combine(TestResults, "screenshots");

    /// <summary>The pinned Azurite's blob service (test.sh and benchmark.sh run <c>npm ci --prefix tests/azurite</c>).</summary>
    public static string Azurite => Path.Combine(Root, "tests", "azurite", "node_modules", ".bin", "azurite-blob");

    /// <summary>A project folder under tests/, e.g. where test.sh runs <c>npm ci</c> for it.</summary>
    public static string TestProject(string name) => Path.Combine(Root, "tests", name);

    /// <summary>Looked for upwards from the running assembly (the tests, the benchmark), then from the working directory.</summary>
    private static string FindRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "CoalitionBot.sln"))) return dir.FullName;
        throw new InvalidOperationException($"CoalitionBot.sln not found above {AppContext.BaseDirectory} nor above {Environment.CurrentDirectory}: run inside the repository.");
    }
}
