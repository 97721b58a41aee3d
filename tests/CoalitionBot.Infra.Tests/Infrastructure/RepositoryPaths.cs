namespace CoalitionBot.Infra.Tests.Infrastructure;

/// <summary>Finds the repository (the folder with CoalitionBot.sln) and the files these tests read.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Infra => Path.Combine(Root, "infra");

    public static string Teams => Path.Combine(Infra, "teams");

    public static string SettingsTemplate => Path.Combine(Root, "appsettings.template.json");

    public static string SettingsDoc => Path.Combine(Root, "docs", "settings.md");

    /// <summary>This project's folder, where test.sh runs npm ci for the Teams manifest schemas.</summary>
    public static string TestProject => Path.Combine(Root, "tests", "CoalitionBot.Infra.Tests");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CoalitionBot.sln"))) return dir.FullName;
        throw new InvalidOperationException("CoalitionBot.sln not found above " + AppContext.BaseDirectory);
    }
}
