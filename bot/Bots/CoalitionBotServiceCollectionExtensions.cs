using CoalitionBot.BotFramework;
using CoalitionBot.CheckIns;
using CoalitionBot.Coalitions;
using CoalitionBot.Dialogs;
using CoalitionBot.Exports;
using CoalitionBot.Introductions;
using CoalitionBot.Leadership;
using CoalitionBot.Lifecycle;
using CoalitionBot.PersonalData;
using CoalitionBot.Storage;
using CoalitionBot.Summaries;
using CoalitionBot.ThreeBs;

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
        services.AddSingleton<TeamLifecycle>();
        services.AddTransient<CoalitionResolver>();
        services.AddSingleton<LeadershipResults>();

        services.AddSingleton<IntroductionStore>();
        services.AddSingleton<Dialog, IntroductionDialog>();
        services.AddSingleton<SignedLinks>();
        services.AddSingleton<PersonalDataService>();
        services.AddSingleton<IPersonalDataSource, CheckInPersonalData>();
        services.AddSingleton<IPersonalDataSource, ThreeBsPersonalData>();
        services.AddSingleton<IPersonalDataSource, LeadershipPersonalData>();
        services.AddSingleton<IPersonalDataSource, ReminderPersonalData>();
        services.AddSingleton<Dialog, DeleteMyDataDialog>();
        services.AddSingleton<Dialog, ChooseCoalitionDialog>();
        services.AddSingleton<Dialog, RolesDialog>();
        services.AddSingleton<Dialog, EditPartnerDialog>();
        services.AddSingleton<CheckInRounds>();
        services.AddSingleton<Dialog, CheckInDialog>();
        services.AddSingleton<ThreeBsStore>();
        services.AddSingleton<Dialog, ThreeBsDialog>();
        services.AddSingleton<Dialog, LeadershipDialog>();
        services.AddSingleton<CheckInSummaryReader>();
        services.AddSingleton<ThreeBsSummaryReader>();
        services.AddSingleton<SummaryCards>();
        services.AddTransient<SummaryCommand>(); // transient like the coalition resolver it uses
        services.AddSingleton<CoalitionExportReader>();
        services.AddTransient<ExportCommand>();
        services.AddSingleton<Dialog, SettingsDialog>();
        return services;
    }
}
