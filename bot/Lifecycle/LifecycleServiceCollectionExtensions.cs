namespace CoalitionBot.Lifecycle;

public static class LifecycleServiceCollectionExtensions
{
    public static IServiceCollection AddLifecycle(this IServiceCollection services) => services.AddSingleton<TeamLifecycle>();
}
