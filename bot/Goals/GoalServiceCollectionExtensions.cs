using CoalitionBot.Commands;
using CoalitionBot.Dialogs;

namespace CoalitionBot.Goals;

public static class GoalServiceCollectionExtensions
{
    /// <summary>The coalition's shared goal: its command and the dialog that records it.</summary>
    public static IServiceCollection AddGoals(this IServiceCollection services)
    {
        services.AddDialog<GoalDialog>();
        return services.AddCommand<GoalCommand>(GoalCommand.Route);
    }
}
