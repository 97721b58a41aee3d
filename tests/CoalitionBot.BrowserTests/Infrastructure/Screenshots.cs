namespace CoalitionBot.BrowserTests.Infrastructure;

/// <summary>Saves what a person would see under TestResults/screenshots, so a run can be looked at afterwards.</summary>
public static class Screenshots
{
    public static async Task SaveAsync(IPage page, string name)
    {
        Directory.CreateDirectory(RepositoryPaths.Screenshots);
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryPaths.Screenshots, name + ".png"), FullPage = true });
    }

    public static async Task SaveAsync(ILocator element, string name)
    {
        var path = Path.Combine(RepositoryPaths.Screenshots, name + ".png");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await element.ScreenshotAsync(new() { Path = path });
    }
}
