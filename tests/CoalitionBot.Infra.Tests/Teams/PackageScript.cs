using CoalitionBot.Infra.Tests.Infrastructure;

namespace CoalitionBot.Infra.Tests.Teams;

/// <summary>Runs infra/teams/package.sh as docs/deploy.md tells the IT partner to.</summary>
public static class PackageScript
{
    public static string Path => TeamsAppFiles.PathOf("package.sh");

    /// <param name="searchPath">PATH for the script; null keeps the test process's own.</param>
    public static Task<ProcessResult> RunAsync(IEnumerable<string> arguments, string? searchPath = null)
    {
        var environment = searchPath is null ? null : new Dictionary<string, string> { ["PATH"] = searchPath };
        return ProcessRunner.RunAsync("/bin/bash", arguments.Prepend(Path), RepositoryPaths.Root, environment);
    }

    /// <summary>
    /// A folder for PATH with every tool package.sh uses except zip, so the script must take its python3 route.
    /// python3 is linked to the real interpreter, as a version manager's shim would need a PATH of its own.
    /// </summary>
    public static async Task<string> ToolsWithoutZipAsync(string folder)
    {
        Directory.CreateDirectory(folder);
        string[] tools = ["bash", "basename", "cp", "dirname", "grep", "mkdir", "mktemp", "rm", "sed", "sort", "tr"];
        foreach (var tool in tools)
            File.CreateSymbolicLink(System.IO.Path.Combine(folder, tool), Which(tool));
        var python = await ProcessRunner.RunAsync("python3", ["-c", "import sys; print(sys.executable)"], folder);
        Assert.True(python.ExitCode == 0, $"python3 is needed for this test: {python}");
        File.CreateSymbolicLink(System.IO.Path.Combine(folder, "python3"), python.StandardOutput.Trim());
        return folder;
    }

    private static string Which(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin").Split(':')
            .Select(dir => System.IO.Path.Combine(dir, tool))
            .FirstOrDefault(File.Exists)
        ?? throw new FileNotFoundException($"{tool} is not on PATH");
}
