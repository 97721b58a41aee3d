using CoalitionBot.Commands;
using CoalitionBot.Dialogs;

namespace CoalitionBot.CoalitionSettings;

public static class SettingsServiceCollectionExtensions
{
    public static IServiceCollection AddCoalitionSettings(this IServiceCollection services)
    {
        services.AddDialog<SettingsDialog>().AddDialog<PhaseDialog>();
        return services.AddCommand<SettingsCommand>(SettingsCommand.Route).AddCommand<PhaseCommand>(PhaseCommand.Route);
    }
}
