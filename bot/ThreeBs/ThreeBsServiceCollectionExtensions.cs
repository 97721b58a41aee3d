using CoalitionBot.Commands;
using CoalitionBot.Dialogs;
using CoalitionBot.PersonalData;

namespace CoalitionBot.ThreeBs;

public static class ThreeBsServiceCollectionExtensions
{
    /// <summary>The 3 B's: its command and dialog, the partners' descriptions, and what it keeps about a person.</summary>
    public static IServiceCollection AddThreeBs(this IServiceCollection services)
    {
        services.AddSingleton<ThreeBsStore>();
        services.AddSingleton<IPersonalDataSource, ThreeBsPersonalData>();
        services.AddDialog<ThreeBsDialog>();
        return services.AddCommand<ThreeBsCommand>(ThreeBsCommand.Route);
    }
}
