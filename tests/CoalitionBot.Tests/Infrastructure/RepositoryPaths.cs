namespace CoalitionBot.Tests.Infrastructure;

/// <summary>Finds the repository (the folder with CoalitionBot.sln) and the shared folder beside it.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The workplace's shared folder (domain notes, schemas, recorded Teams payloads), beside the repository.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string TeamsFixture(string name) => Path.Combine(Shared, "fixtures", "teams", name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CoalitionBot.sln"))) return dir.FullName;
        throw new InvalidOperationException("CoalitionBot.sln not found above " + AppContext.BaseDirectory);
    }
}
