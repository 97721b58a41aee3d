using System.Reflection;
using CoalitionBot.Infra.Tests.Infrastructure;

namespace CoalitionBot.Infra.Tests.Bicep;

/// <summary>The Bicep CLI from the Azure.Bicep.CommandLine.linux-x64 package, found where restore put it.</summary>
public static class BicepCli
{
    private static readonly Lazy<string> Executable = new(Find);

    public static Task<ProcessResult> RunAsync(params string[] arguments) =>
        ProcessRunner.RunAsync(Executable.Value, arguments, RepositoryPaths.Root);

    /// <summary>Diagnostics lines ("file(line,col) : Warning BCP081: ...") in what Bicep printed.</summary>
    public static IReadOnlyList<string> Diagnostics(ProcessResult result) =>
        (result.StandardOutput + "\n" + result.StandardError)
            .Split('\n')
            .Where(line => line.Contains(" : Warning ", StringComparison.Ordinal) || line.Contains(" : Error ", StringComparison.Ordinal))
            .ToList();

    private static string Find()
    {
        var path = typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "BicepPath").Value;
        if (string.IsNullOrEmpty(path) || !File.Exists(path))
            throw new FileNotFoundException(
                $"The Bicep CLI is not at '{path}'. It comes from the NuGet package Azure.Bicep.CommandLine.linux-x64 " +
                "(restore the test project; the package has a Linux x64 binary only).");
        // NuGet does not always keep the executable bit when it extracts a package.
        if (!OperatingSystem.IsWindows() && !File.GetUnixFileMode(path).HasFlag(UnixFileMode.UserExecute))
            File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.UserExecute);
        return path;
    }
}
