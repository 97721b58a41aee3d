using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoalitionBot.Dialogs;

public static class DialogServiceCollectionExtensions
{
    /// <summary>Registers a dialog with the engine, and as itself for the command that starts it.</summary>
    public static IServiceCollection AddDialog<TDialog>(this IServiceCollection services) where TDialog : Dialog
    {
        services.TryAddSingleton<DialogRunner>();
        services.AddSingleton<TDialog>();
        services.AddSingleton<Dialog>(provider => provider.GetRequiredService<TDialog>());
        return services;
    }
}
