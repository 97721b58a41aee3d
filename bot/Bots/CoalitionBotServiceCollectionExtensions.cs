using CoalitionBot.BotFramework;
using CoalitionBot.Coalitions;
using CoalitionBot.Dialogs;
using CoalitionBot.Introductions;
using CoalitionBot.Leadership;
using CoalitionBot.Storage;

namespace CoalitionBot.Bots;

public static class CoalitionBotServiceCollectionExtensions
{
    /// <summary>The bot's logic: the turn handler, its error handler, dialog engine and dialogs, and what they store.</summary>
    public static IServiceCollection AddCoalitionBot(this IServiceCollection services)
    {
        services.AddTransient<IBot, CoalitionTeamsBot>();
        services.AddSingleton<ITurnErrorHandler, PoliteTurnErrorHandler>();
        services.AddSingleton<ConversationReferenceStore>();
        services.AddSingleton<ConversationUserStateStore>();
        services.AddSingleton<DialogRunner>();
        services.AddSingleton<DocumentUpdater>();
        services.AddTransient<CommandHandler>();
        services.AddTransient<CoalitionDialogStarter>();

        services.AddSingleton<CoalitionStore>();
        services.AddTransient<TeamRoster>(); // transient like the typed ConnectorClient it uses
        services.AddTransient<CoalitionResolver>();
        services.AddSingleton<LeadershipResults>();

        services.AddSingleton<Dialog, IntroductionDialog>();
        services.AddSingleton<Dialog, ChooseCoalitionDialog>();
        services.AddSingleton<Dialog, LeadershipDialog>();
        return services;
    }
}
