using CoalitionBot.Commands;

namespace CoalitionBot.Exports;

public static class ExportServiceCollectionExtensions
{
    /// <summary>The export command; its downloads are mapped with <see cref="ExportDownload"/>.</summary>
    public static IServiceCollection AddExports(this IServiceCollection services)
    {
        services.AddSingleton<CoalitionExportReader>();
        return services.AddCommand<ExportCommand>(ExportCommand.Route);
    }
}
