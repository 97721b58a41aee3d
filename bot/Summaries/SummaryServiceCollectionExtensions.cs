using CoalitionBot.Commands;

namespace CoalitionBot.Summaries;

public static class SummaryServiceCollectionExtensions
{
    /// <summary>Summaries for leads: the command, and the readers that take a few documents per method, never one per answer.</summary>
    public static IServiceCollection AddSummaries(this IServiceCollection services)
    {
        services.AddSingleton<CheckInSummaryReader>();
        services.AddSingleton<ThreeBsSummaryReader>();
        services.AddSingleton<SummaryCards>();
        return services.AddCommand<SummaryCommand>(SummaryCommand.Route);
    }
}
