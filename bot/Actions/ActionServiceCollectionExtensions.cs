using CoalitionBot.Commands;
using CoalitionBot.Dialogs;
using CoalitionBot.PersonalData;

namespace CoalitionBot.Actions;

public static class ActionServiceCollectionExtensions
{
    /// <summary>The coalition's agreed actions: the command, its dialogs, the check-in's questions about them, and what they keep about a person.</summary>
    public static IServiceCollection AddActions(this IServiceCollection services)
    {
        services.AddSingleton<ActionStore>();
        services.AddSingleton<ActionCheckInQuestions>();
        services.AddSingleton<IPersonalDataSource, ActionPersonalData>();
        services.AddDialog<ActionDialog>();
        services.AddDialog<ActionDeleteDialog>();
        return services.AddCommand<ActionsCommand>(ActionsCommand.Route);
    }
}
