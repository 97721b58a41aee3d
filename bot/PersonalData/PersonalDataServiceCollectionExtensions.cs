using CoalitionBot.Commands;
using CoalitionBot.Dialogs;

namespace CoalitionBot.PersonalData;

public static class PersonalDataServiceCollectionExtensions
{
    /// <summary>"My data" and "delete my data"; each feature adds its <see cref="IPersonalDataSource"/>.</summary>
    public static IServiceCollection AddPersonalData(this IServiceCollection services)
    {
        services.AddSingleton<SignedLinks>();
        services.AddSingleton<PersonalDataService>();
        services.AddDialog<DeleteMyDataDialog>();
        return services
            .AddCommand<MyDataCommand>(MyDataCommand.Route)
            .AddCommand<DeleteMyDataCommand>(DeleteMyDataCommand.Route);
    }
}
