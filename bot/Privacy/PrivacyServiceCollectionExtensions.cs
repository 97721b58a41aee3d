using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoalitionBot.Privacy;

public static class PrivacyServiceCollectionExtensions
{
    /// <summary>The retention purge and the background service that runs it every "Privacy:PurgeInterval".</summary>
    public static IServiceCollection AddPrivacy(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PrivacyOptions>()
            .Bind(configuration.GetSection(PrivacyOptions.SectionName))
            .Validate(o => o.IsValid, $"{PrivacyOptions.SectionName}:{nameof(PrivacyOptions.PurgeInterval)} must be between {PrivacyOptions.MinInterval} and {PrivacyOptions.MaxInterval}.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<RetentionPurge>();
        services.AddSingleton<PurgeSchedule>();
        services.AddHostedService<RetentionPurgeService>();
        return services;
    }
}
