using CoalitionBot.Commands;
using CoalitionBot.Dialogs;

namespace CoalitionBot.Roles;

public static class RolesServiceCollectionExtensions
{
    public static IServiceCollection AddRoles(this IServiceCollection services)
    {
        services.AddDialog<RolesDialog>();
        return services.AddCommand<RolesCommand>(RolesCommand.Route);
    }
}
