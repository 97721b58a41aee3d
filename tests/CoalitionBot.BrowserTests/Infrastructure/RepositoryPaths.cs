namespace CoalitionBot.BrowserTests.Infrastructure;

/// <summary>The repository (the folder with CoalitionBot.sln), the shared folder beside it, and where test artifacts go.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The workplace's shared folder (schemas, Teams host configs), beside the repository.</summary>
    /// <remarks>test.sh sets COALITIONBOT_SHARED when the repository is a clone somewhere else (e.g. a temporary folder).</remarks>
    public static string Shared => Environment.GetEnvironmentVariable("COALITIONBOT_SHARED") is { Length: > 0 } shared
        ? Path.GetFullPath(shared)
        : Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    /// <summary>Card samples written by the unit tests from the bot's real card builders.</summary>
    public static string CardSamples => Path.Combine(Root, "cards", "samples");

    /// <summary>Screenshots for people to look at; test.sh keeps TestResults/ as the run's artifacts.</summary>
    public static string Screenshots => Path.Combine(Root, "TestResults", "screenshots");

    /// <summary>npm packages of this test project (test.sh runs <c>npm ci</c> here).</summary>
    public static string NodeModules => Path.Combine(Root, "tests", "CoalitionBot.BrowserTests", "node_modules");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CoalitionBot.sln"))) return dir.FullName;
        throw new InvalidOperationException("CoalitionBot.sln not found above " + AppContext.BaseDirectory);
    }
}
