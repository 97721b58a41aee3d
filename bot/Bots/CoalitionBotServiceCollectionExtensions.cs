using CoalitionBot.BotFramework;
using CoalitionBot.Coalitions;
using CoalitionBot.Dialogs;
using CoalitionBot.Introductions;

namespace CoalitionBot.Bots;

public static class CoalitionBotServiceCollectionExtensions
{
    /// <summary>The bot's logic: the turn handler, its error handler, dialog engine and dialogs, and what they store.</summary>
    public static IServiceCollection AddCoalitionBot(this IServiceCollection services)
    {
        services.AddSingleton<IBot, CoalitionTeamsBot>();
        services.AddSingleton<ITurnErrorHandler, PoliteTurnErrorHandler>();
        services.AddSingleton<ConversationReferenceStore>();
        services.AddSingleton<ConversationUserStateStore>();
        services.AddSingleton<DialogRunner>();
        services.AddSingleton<Dialog, IntroductionDialog>();
        return services;
    }
}
