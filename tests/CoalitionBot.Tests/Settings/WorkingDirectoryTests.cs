using CoalitionBot.Tests.Infrastructure;

namespace CoalitionBot.Tests.Settings;

/// <summary>
/// Started from another folder (as `dotnet run --project bot` from the repository root does), the bot still takes its
/// own folder as content root, and so its own appsettings.json with its logging levels.
/// </summary>
public sealed class WorkingDirectoryTests
{
    [Fact]
    public async Task Started_from_another_folder_the_bot_reads_its_settings_from_its_own_folder()
    {
        var elsewhere = Directory.CreateTempSubdirectory("coalitionbot-cwd-").FullName;
        try
        {
            await using var bot = await BotProcess.StartAsync(new Dictionary<string, string> { ["Storage:LocalPath"] = Path.Combine(elsewhere, "data") }, workingDirectory: elsewhere);

            var contentRoot = await bot.WaitForOutputAsync("Content root path:");
            Assert.Equal(Path.TrimEndingDirectorySeparator(BotProcess.BotFolder), Path.TrimEndingDirectorySeparator(contentRoot[(contentRoot.IndexOf(':') + 1)..].Trim()));
            // appsettings.json keeps ASP.NET Core's request lines out of the log (at Information every request would be one).
            Assert.DoesNotContain("Request starting", bot.Output);
        }
        finally
        {
            Directory.Delete(elsewhere, recursive: true);
        }
    }
}
