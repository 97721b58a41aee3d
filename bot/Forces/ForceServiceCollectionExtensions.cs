using CoalitionBot.Commands;
using CoalitionBot.Dialogs;
using CoalitionBot.PersonalData;

namespace CoalitionBot.Forces;

public static class ForceServiceCollectionExtensions
{
    /// <summary>The forces for and against the coalition's goal: the command, its dialog, the record, and what it keeps about a person.</summary>
    public static IServiceCollection AddForces(this IServiceCollection services)
    {
        services.AddSingleton<ForceStore>();
        services.AddSingleton<IPersonalDataSource, ForcePersonalData>();
        services.AddDialog<ForceDialog>();
        return services.AddCommand<ForcesCommand>(ForcesCommand.Route);
    }
}
