using CoalitionBot.Actions;
using CoalitionBot.BotFramework;
using CoalitionBot.CheckIns;
using CoalitionBot.Coalitions;
using CoalitionBot.CoalitionSettings;
using CoalitionBot.Commands;
using CoalitionBot.Conversations;
using CoalitionBot.Exports;
using CoalitionBot.Forces;
using CoalitionBot.Goals;
using CoalitionBot.Introductions;
using CoalitionBot.Languages;
using CoalitionBot.Leadership;
using CoalitionBot.Lifecycle;
using CoalitionBot.Partners;
using CoalitionBot.PersonalData;
using CoalitionBot.Reminders;
using CoalitionBot.Roles;
using CoalitionBot.Summaries;
using CoalitionBot.ThreeBs;

namespace CoalitionBot.Bots;

public static class CoalitionBotServiceCollectionExtensions
{
    /// <summary>
    /// The bot: the turn handler and its error handler, what every feature stands on (coalitions, conversations, the
    /// router), then the features, each registering its own services, dialogs and commands. Help lists the commands in
    /// this order.
    /// </summary>
    public static IServiceCollection AddCoalitionBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddTransient<IBot, CoalitionTeamsBot>();
        services.AddSingleton<ITurnErrorHandler, PoliteTurnErrorHandler>();
        services.AddSingleton<StatefulTurns>();
        services.AddTransient<MessageTurns>();
        services.AddTransient<ActionExecuteTurns>();

        services.AddCoalitions();
        services.AddConversations();
        services.AddLifecycle();
        services.AddCommandRouting();

        services.AddThreeBs();
        services.AddLeadership();
        services.AddCheckIns();
        services.AddActions();
        services.AddPartners();
        services.AddSummaries();
        services.AddReminders(configuration);
        services.AddExports();
        services.AddCoalitionSettings();
        services.AddRoles();
        services.AddGoals();
        services.AddForces();
        services.AddPersonalData();
        services.AddLanguages();
        services.AddIntroductions();
        return services.AddCoalitionChoiceAndStop();
    }
}
