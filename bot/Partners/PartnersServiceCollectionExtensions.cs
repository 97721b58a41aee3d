using CoalitionBot.Commands;
using CoalitionBot.Dialogs;

namespace CoalitionBot.Partners;

public static class PartnersServiceCollectionExtensions
{
    public static IServiceCollection AddPartners(this IServiceCollection services)
    {
        services.AddDialog<EditPartnerDialog>();
        services.AddDialog<AdministrativeLeadDialog>();
        // In this order in help: the partners, then the bestuurlijke trekker.
        services.AddCommand<PartnersCommand>(PartnersCommand.Route);
        return services.AddCommand<AdministrativeLeadCommand>(AdministrativeLeadCommand.Route);
    }
}
