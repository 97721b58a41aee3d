using CoalitionBot.Storage;

namespace CoalitionBot.Coalitions;

public static class CoalitionServiceCollectionExtensions
{
    /// <summary>Coalitions, their members kept in step with the team, and finding the one a turn is about.</summary>
    public static IServiceCollection AddCoalitions(this IServiceCollection services)
    {
        services.AddSingleton<DocumentUpdater>();
        services.AddSingleton<CoalitionStore>();
        services.AddTransient<TeamRoster>(); // transient like the typed ConnectorClient it uses
        services.AddTransient<CoalitionResolver>();
        return services;
    }
}
