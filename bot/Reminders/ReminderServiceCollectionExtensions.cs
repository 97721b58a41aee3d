using CoalitionBot.BotFramework.Connector;
using CoalitionBot.Commands;
using CoalitionBot.Dialogs;
using CoalitionBot.PersonalData;

namespace CoalitionBot.Reminders;

public static class ReminderServiceCollectionExtensions
{
    /// <summary>
    /// The reminder command and form, schedules, their delivery records, the rate-limited fan-out and the scheduler (a hosted
    /// service on every instance; one leads).
    /// </summary>
    public static IServiceCollection AddReminders(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReminderOptions>().Bind(configuration.GetSection(ReminderOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ReminderScheduleStore>();
        services.AddDialog<ReminderDialog>();
        services.AddDialog<ReminderDeleteDialog>();
        services.AddCommand<ReminderCommand>(ReminderCommand.Route);
        services.AddSingleton<IPersonalDataSource, ReminderPersonalData>();
        services.AddSingleton<ReminderReports>();
        services.AddSingleton<DeliveryLog>();
        services.AddSingleton<ReminderAnswers>();
        services.AddSingleton<ReminderRoster>();
        services.AddSingleton<TeamsRateLimits>();
        services.AddTransient<TeamsRateLimitHandler>();
        services.AddHttpClient(FanOutConnector.HttpClientName).AddConnectorHandlers(client => client.AddHttpMessageHandler<TeamsRateLimitHandler>());
        services.AddSingleton<FanOutConnector>();
        services.AddSingleton<ReminderFanOut>();
        services.AddSingleton<LeaderLease>();
        services.AddSingleton<SchedulerHeartbeat>();
        services.AddSingleton<ReminderScheduler>();
        services.AddHostedService(provider => provider.GetRequiredService<ReminderScheduler>());
        return services;
    }
}
