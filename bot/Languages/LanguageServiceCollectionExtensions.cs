using CoalitionBot.Commands;

namespace CoalitionBot.Languages;

public static class LanguageServiceCollectionExtensions
{
    public static IServiceCollection AddLanguages(this IServiceCollection services) =>
        services.AddCommand<LanguageCommand>(LanguageCommand.Route);
}
