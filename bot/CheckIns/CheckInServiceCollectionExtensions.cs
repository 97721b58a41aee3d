using CoalitionBot.Commands;
using CoalitionBot.Dialogs;
using CoalitionBot.PersonalData;

namespace CoalitionBot.CheckIns;

public static class CheckInServiceCollectionExtensions
{
    /// <summary>The check-in: its command and dialog, the rounds it saves into, and what it keeps about a person.</summary>
    public static IServiceCollection AddCheckIns(this IServiceCollection services)
    {
        services.AddSingleton<CheckInStore>();
        services.AddSingleton<IPersonalDataSource, CheckInPersonalData>();
        services.AddDialog<CheckInDialog>();
        return services
            .AddCommand<CheckInCommand>(CheckInCommand.Route)
            .AddCommand<RoundCommand>(RoundCommand.Route);
    }
}
