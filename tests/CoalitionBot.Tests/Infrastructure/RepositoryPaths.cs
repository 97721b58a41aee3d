namespace CoalitionBot.Tests.Infrastructure;

/// <summary>Finds the repository (the folder with CoalitionBot.sln) and the shared folder beside it.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The workplace's shared folder (domain notes, schemas, recorded Teams payloads), beside the repository.</summary>
    /// <remarks>test.sh sets COALITIONBOT_SHARED when the repository is a clone somewhere else (e.g. a temporary folder).</remarks>
    public static string Shared => Environment.GetEnvironmentVariable("COALITIONBOT_SHARED") is { Length: > 0 } shared
        ? Path.GetFullPath(shared)
        : Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string TeamsFixture(string name) => Path.Combine(Shared, "fixtures", "teams", name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CoalitionBot.sln"))) return dir.FullName;
        throw new InvalidOperationException("CoalitionBot.sln not found above " + AppContext.BaseDirectory);
    }
}
