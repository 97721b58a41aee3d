using System.Reflection;

namespace CoalitionBot.Hosting;

/// <summary>
/// The bot's content root (appsettings.json, wwwroot) is the folder it runs from, not the working directory: started as
/// <c>dotnet run --project bot</c> from the repository, it would otherwise miss its own settings, logging levels included.
/// A content root given on the command line or in the environment still wins, and a host that runs the bot inside
/// another program (the tests' WebApplicationFactory) chooses its own.
/// </summary>
public static class AppContentRoot
{
    public static WebApplicationOptions Options(string[] args) => new()
    {
        Args = args,
        ContentRootPath = Given(args) is null && Assembly.GetEntryAssembly() == typeof(AppContentRoot).Assembly ? AppContext.BaseDirectory : null,
    };

    /// <summary>The content root the host would take from <c>--contentRoot</c>, ASPNETCORE_CONTENTROOT or DOTNET_CONTENTROOT.</summary>
    public static string? Given(string[] args) => new ConfigurationBuilder()
        .AddEnvironmentVariables("DOTNET_")
        .AddEnvironmentVariables("ASPNETCORE_")
        .AddCommandLine(args)
        .Build()[HostDefaults.ContentRootKey];
}
