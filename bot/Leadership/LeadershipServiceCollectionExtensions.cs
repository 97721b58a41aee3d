using CoalitionBot.Commands;
using CoalitionBot.Dialogs;
using CoalitionBot.PersonalData;

namespace CoalitionBot.Leadership;

public static class LeadershipServiceCollectionExtensions
{
    /// <summary>Leadership style: its command and dialog, the results, and what it keeps about a person.</summary>
    public static IServiceCollection AddLeadership(this IServiceCollection services)
    {
        services.AddSingleton<LeadershipStore>();
        services.AddSingleton<IPersonalDataSource, LeadershipPersonalData>();
        services.AddDialog<LeadershipDialog>();
        return services.AddCommand<LeadershipCommand>(LeadershipCommand.Route);
    }
}
