using CoalitionBot.Commands;
using CoalitionBot.Dialogs;

namespace CoalitionBot.Partners;

public static class PartnersServiceCollectionExtensions
{
    public static IServiceCollection AddPartners(this IServiceCollection services)
    {
        services.AddDialog<EditPartnerDialog>();
        services.AddDialog<AdministrativeLeadDialog>();
        services.AddCommand<AdministrativeLeadCommand>(AdministrativeLeadCommand.Route);
        return services.AddCommand<PartnersCommand>(PartnersCommand.Route);
    }
}
