using CoalitionBot.Commands;
using CoalitionBot.Dialogs;

namespace CoalitionBot.Introductions;

public static class IntroductionServiceCollectionExtensions
{
    /// <summary>The demo: a short introduction that shows how forms work.</summary>
    public static IServiceCollection AddIntroductions(this IServiceCollection services)
    {
        services.AddSingleton<IntroductionStore>();
        services.AddDialog<IntroductionDialog>();
        return services.AddCommand<DemoCommand>(DemoCommand.Route);
    }
}
