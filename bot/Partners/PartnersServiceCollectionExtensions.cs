using CoalitionBot.Commands;
using CoalitionBot.Dialogs;

namespace CoalitionBot.Partners;

public static class PartnersServiceCollectionExtensions
{
    public static IServiceCollection AddPartners(this IServiceCollection services)
    {
        services.AddDialog<EditPartnerDialog>();
        return services.AddCommand<PartnersCommand>(PartnersCommand.Route);
    }
}
