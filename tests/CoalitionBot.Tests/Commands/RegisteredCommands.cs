using CoalitionBot.Bots;
using CoalitionBot.Commands;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CoalitionBot.Tests.Commands;

/// <summary>The commands as the bot registers them (its own service registrations, nothing started).</summary>
internal static class RegisteredCommands
{
    public static ServiceProvider Services() =>
        new ServiceCollection().AddLogging().AddSingleton(TimeProvider.System).AddCoalitionBot(new ConfigurationBuilder().Build()).BuildServiceProvider();

    public static IReadOnlyList<CommandRoute> Routes()
    {
        using var services = Services();
        return [.. services.GetServices<CommandRegistration>().Select(r => r.Route)];
    }

    public static CommandWords Words() => new(Routes().Select(route => new CommandRegistration(route, typeof(object))));
}
