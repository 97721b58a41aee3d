using System.Diagnostics;
using CoalitionBot.Tests.Infrastructure;

namespace CoalitionBot.Tests.Operations;

/// <summary>
/// The bot published as docs/deploy.md publishes it (Release, without the local chat page), once per test run, into a
/// temporary folder: what App Service runs.
/// </summary>
public static class PublishedBot
{
    private static readonly Lazy<Task<string>> Folder = new(PublishAsync);

    public static Task<string> FolderAsync() => Folder.Value;

    private static async Task<string> PublishAsync()
    {
        var output = Directory.CreateTempSubdirectory("coalitionbot-published-").FullName;
        var publish = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList = { "publish", "bot", "-c", "Release", "-o", output, "-p:BuildChatPage=false", "--nologo" },
        };
        using var process = Process.Start(publish)!;
        var log = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"dotnet publish failed:\n{await log}\n{await errors}");
        return output;
    }
}
